// ask_question: the next planned bank question (easy → hard); a model may phrase it
// conversationally, offline (or when the model fails or the step's deadline is short) the
// bank text is used as is.
import { callText } from "@/lib/llm/call";
import { contextOf, type NodeConfig, tryModel } from "../context";
import { phraseQuestionPrompt } from "../prompts";
import type { InterviewStateType, InterviewUpdate } from "../state";

export async function askQuestion(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const ctx = contextOf(config);
  const question = state.plan[state.nextPlanIndex];
  if (!question) throw new Error("ask_question reached with an exhausted plan (routing bug)");
  const index = state.results.length;
  let text = question.text;
  const phrased = await tryModel(ctx, { sessionId: state.sessionId, kind: "phrase", stream: true }, (model, options) =>
    callText(model, phraseQuestionPrompt({ topic: state.topicName, question: question.text, summary: state.summary, turn: index }), options),
  );
  if (phrased?.ok && phrased.value.length <= 600) text = phrased.value;
  else if (phrased?.ok) ctx.onReset?.(); // too long to use: the bank wording is shown instead
  await ctx.store.recordAskedTurn({ sessionId: state.sessionId, index, kind: "MAIN", questionId: question.id, questionText: text });
  return { current: { index, kind: "MAIN", question, text }, nextPlanIndex: state.nextPlanIndex + 1 };
}
