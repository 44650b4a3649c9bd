// evaluate_answer: grades the answer (model, or the offline grader as default and fallback)
// and writes the result to the turns table in the same step.
import { keyPointsFor } from "@/lib/grading/key-points";
import { gradeOffline } from "@/lib/grading/offline";
import { evaluationSchema, type Evaluation } from "@/lib/grading/types";
import { callJson, ModelCallError } from "@/lib/llm/call";
import { timed, timedSync } from "@/lib/timing";
import { callOptions, contextOf, type NodeConfig } from "../context";
import { evaluatePrompt } from "../prompts";
import type { InterviewStateType, InterviewUpdate } from "../state";

export async function evaluateAnswer(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const ctx = contextOf(config);
  const current = state.current;
  if (!current || state.answer === null) throw new Error("evaluate_answer reached without a question and answer");
  const answer = state.answer;
  const gradable = { text: current.text, referenceAnswer: current.question.referenceAnswer, keyPoints: current.question.keyPoints };

  let evaluation: Evaluation;
  let grader = "offline";
  if (ctx.model && answer.trim()) {
    try {
      evaluation = await callJson(
        ctx.model.model,
        evaluatePrompt({ question: current.text, referenceAnswer: gradable.referenceAnswer, keyPoints: keyPointsFor(gradable), answer }),
        evaluationSchema,
        callOptions(ctx),
      );
      grader = `model:${ctx.model.name}`;
    } catch (error) {
      const reason = error instanceof ModelCallError ? error.reason : "error";
      console.warn(`[interview ${state.sessionId}] model grading failed (${reason}); using the offline grader for turn ${current.index}`);
      evaluation = gradeOffline(gradable, answer);
      grader = `offline (model ${reason})`;
    }
  } else {
    evaluation = timedSync("grade", () => gradeOffline(gradable, answer));
  }

  await timed("turn-write", () => ctx.store.recordEvaluation({ sessionId: state.sessionId, index: current.index, answer, evaluation, grader }));
  return {
    answer: null,
    results: [...state.results, { index: current.index, kind: current.kind, questionId: current.question.id, questionText: current.text, answer, evaluation, grader }],
    history: [...state.history, { question: current.text, answer, verdict: evaluation.verdict }],
  };
}
