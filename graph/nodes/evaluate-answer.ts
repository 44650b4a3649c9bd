// evaluate_answer: grades the answer the way its question's kind says (lib/questions/<kind>/:
// the model with that kind's instructions, or its built-in grader as default and fallback) and
// writes the result to the turns table in the same step. A main answer is graded against the
// bank's question, not the model's conversational rephrasing of it: the reference answer and
// key points belong to the bank text.
import { keyPointsFor } from "@/lib/grading/key-points";
import { nearestExamples } from "@/lib/grading/examples";
import { type Evaluation, type GradableQuestion, MAX_INFLUENCING_EXAMPLES } from "@/lib/grading/types";
import { questionKind } from "@/lib/questions/kinds";
import { callJson } from "@/lib/llm/call";
import { timed, timedSync } from "@/lib/timing";
import { contextOf, type NodeConfig, tryModel } from "../context";
import { evaluatePrompt } from "../prompts";
import type { InterviewStateType, InterviewUpdate } from "../state";

export async function evaluateAnswer(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const ctx = contextOf(config);
  const current = state.current;
  if (!current || state.answer === null) throw new Error("evaluate_answer reached without a question and answer");
  const answer = state.answer;
  // A follow-up's own wording is what the student answered; a main turn's is the bank's.
  const questionText = current.kind === "FOLLOW_UP" ? current.text : current.question.text;
  const gradable: GradableQuestion = { text: questionText, referenceAnswer: current.question.referenceAnswer, keyPoints: current.question.keyPoints };
  const mainKind = questionKind(current.question.kind);
  const kind = current.kind === "FOLLOW_UP" ? (mainKind.followUp ?? mainKind) : mainKind;
  // What a follow-up asked about: the first point its main answer missed (counter_question's choice).
  const probed = current.kind === "FOLLOW_UP" ? state.results.findLast((r) => r.kind === "MAIN")?.evaluation.missed[0] : undefined;

  // The instructor's graded answers to this question, closest first (a follow-up answers something narrower).
  const neighbours = current.kind === "MAIN" && ctx.examples?.length ? nearestExamples(gradable.text, answer.text, ctx.examples, ctx.idf) : [];
  const prompt = evaluatePrompt({
    question: questionText,
    referenceAnswer: gradable.referenceAnswer,
    keyPoints: keyPointsFor(gradable),
    answer: kind.promptAnswer?.(answer) ?? answer.text,
    kind: kind.modelGrading,
    language: state.language,
    examples: neighbours,
  });
  const graded = answer.text.trim()
    ? await tryModel(ctx, { sessionId: state.sessionId, kind: "grade" }, (model, options) => callJson(model, prompt, kind.modelGrading.schema, options))
    : null;
  let evaluation: Evaluation;
  let grader: string;
  if (graded?.ok) {
    const shown = neighbours.filter((n) => prompt.examplesShown.includes(n.id)).slice(0, MAX_INFLUENCING_EXAMPLES);
    // Which examples a grade drew on is ours to say, never the model's.
    const { examples: _ignored, ...own } = kind.modelGrading.normalise?.(graded.value, answer) ?? graded.value;
    evaluation = shown.length ? { ...own, examples: shown.map((n) => ({ id: n.id, verdict: n.verdict, score: n.score, similarity: Math.round(n.similarity * 100) / 100 })) } : own;
    grader = `model:${ctx.model!.name}`;
  } else {
    evaluation = timedSync("grade", () => kind.gradeOffline(gradable, answer, { probed, idf: ctx.idf, examples: neighbours }));
    grader = graded ? `offline (model ${graded.reason})` : "offline";
  }

  await timed("turn-write", () => ctx.store.recordEvaluation({ sessionId: state.sessionId, index: current.index, answer, evaluation, grader }));
  const result = {
    index: current.index,
    kind: current.kind,
    questionId: current.question.id,
    questionText: current.text,
    answer: answer.text,
    evaluation,
    grader,
    difficulty: current.question.difficulty,
    questionKind: current.question.kind ?? "CONCEPT",
  };
  return {
    answer: null,
    results: [...state.results, result],
    history: [...state.history, { question: current.text, answer: answer.text, verdict: evaluation.verdict }],
  };
}
