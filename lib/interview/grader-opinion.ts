import "server-only";
// What the grader would give an answer on its own — the offline grader, with the topic's word
// weights and none of the instructor's examples — stored beside the instructor's grade of a
// sample answer, so the agreement figures compare the instructor with the unaided grader.
import type { QuestionKind, Verdict } from "@/lib/domain";
import { idfForBank } from "./grading-idf";
import { questionKind } from "@/lib/questions/kinds";

export type OpinionQuestion = { topicId: string; kind: QuestionKind; text: string; referenceAnswer: string | null; keyPoints: string[] };
export type GraderOpinion = { verdict: Verdict; score: number };

/** The grader's verdict and score for each answer (one word-weight table for them all). */
export async function graderOpinions(question: OpinionQuestion, answers: readonly string[]): Promise<GraderOpinion[]> {
  const idf = await idfForBank({ topicId: question.topicId, family: null });
  const kind = questionKind(question.kind);
  const gradable = { text: question.text, referenceAnswer: question.referenceAnswer, keyPoints: question.keyPoints };
  return answers.map((text) => {
    const evaluation = kind.gradeOffline(gradable, { text }, { idf });
    return { verdict: evaluation.verdict.toUpperCase() as Verdict, score: evaluation.scores.overall };
  });
}
