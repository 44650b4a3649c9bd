// What a question kind provides on the server: how its answers are graded offline, and what the
// model is told (and must return) when it grades one. Each kind is a folder beside its
// siblings (lib/questions/<kind>/index.ts), registered in ./kinds.ts.
import type { QuestionKind, Answer } from "@/lib/domain";
import type { z } from "zod";
import type { Evaluation, GradableQuestion } from "@/lib/grading/types";
import type { OfflineOptions } from "@/lib/grading/offline";

export type QuestionKindModule = {
  kind: QuestionKind;
  /**
   * The built-in grader for this kind (always available: no model, or the model failed).
   * `probed`: for a follow-up, the point it asked about; `examples`: the instructor's graded answers to the question.
   */
  gradeOffline(question: GradableQuestion, answer: Answer, options?: OfflineOptions & { probed?: string }): Evaluation;
  /** How an answer to a follow-up on this kind is graded (default: like the main answer). */
  followUp?: QuestionKindModule;
  /** This kind's own follow-up to a main answer that missed `point` (offline); null: the generic templates. */
  followUpQuestion?: (point: string) => string | null;
  /**
   * The model's grading: an extra instruction, the extra JSON fields it must fill, the schema its
   * reply is checked with, and the kind's rules applied to the checked reply (default: none).
   */
  /** What the model reads as the answer (default: its text); a coding answer adds its code and test results. */
  promptAnswer?: (answer: Answer) => string;
  modelGrading: { instruction: string; shape: string; schema: z.ZodType<Evaluation>; normalise?: (evaluation: Evaluation, answer: Answer) => Evaluation };
};
