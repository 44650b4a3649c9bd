// BEHAVIOURAL: "tell me about a time…". Graded on content (the key points a strong story
// covers) and on structure: situation, task, action, result (STAR). A story with no action of
// the candidate's own or no result is not a strong answer however many right words it has.
import { STAR_PARTS, type Evaluation, evaluationSchema } from "@/lib/grading/types";
import { gradeOffline } from "@/lib/grading/offline";
import type { QuestionKindModule } from "../kind-module";
import { detectStar } from "./star";

/** Structure's share of the overall score: content still matters most. */
const STRUCTURE_WEIGHT = 0.3;

function withStructure(content: Evaluation, answerText: string): Evaluation {
  const star = detectStar(answerText);
  const structure = (100 * star.present.length) / STAR_PARTS.length;
  const blend = (score: number) => Math.round((1 - STRUCTURE_WEIGHT) * score + STRUCTURE_WEIGHT * structure);
  const overall = content.verdict === "wrong" ? content.scores.overall : blend(content.scores.overall);
  const lacksCore = star.missing.includes("action") || star.missing.includes("result");
  const verdict = content.verdict === "strong" && lacksCore ? "shallow" : content.verdict;
  const feedback = star.nudge && content.verdict !== "wrong" ? `${content.feedback} ${star.nudge}` : content.feedback;
  return {
    ...content,
    verdict,
    scores: { ...content.scores, depth: blend(content.scores.depth), overall },
    feedback: feedback.slice(0, 600),
    star: { present: star.present, missing: star.missing, nudge: star.nudge },
  };
}

const withStar = evaluationSchema.extend({ star: evaluationSchema.shape.star.unwrap() });

export const behaviouralKind: QuestionKindModule = {
  kind: "BEHAVIOURAL",
  gradeOffline: (question, answer, options) => withStructure(gradeOffline(question, answer.text, options), answer.text),
  modelGrading: {
    instruction:
      "This is a behavioural question: also judge the story's structure (situation, task, the candidate's own action, a result). " +
      "It is not strong without a concrete action by the candidate and a result. The nudge names the most important missing part concretely.",
    shape: ',"star":{"present":["situation|task|action|result"],"missing":["..."],"nudge":"one concrete tip, or null when complete"}',
    schema: withStar,
  },
};
