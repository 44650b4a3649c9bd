// ask_question: the next main question — the plan's next one, or in an adaptive interview the
// first unasked one at the level the verdicts so far lead to (lib/interview/adaptive.ts). A
// model may phrase it conversationally; offline (or when the model fails or the step's deadline
// is short) the bank text is used as is.
import { callText } from "@/lib/llm/call";
import { contextOf, type NodeConfig, tryModel } from "../context";
import { phraseQuestionPrompt } from "../prompts";
import { nextPlannedQuestion } from "../routing";
import type { InterviewStateType, InterviewUpdate } from "../state";

export async function askQuestion(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const ctx = contextOf(config);
  const question = nextPlannedQuestion(state);
  if (!question) throw new Error("ask_question reached with an exhausted plan (routing bug)");
  const index = state.results.length;
  let text = question.text;
  // A coding prompt is a specification (the function's name, its input and output): asked word for word.
  const phrased =
    question.kind === "CODE"
      ? null
      : await tryModel(ctx, { sessionId: state.sessionId, kind: "phrase", stream: true }, (model, options) =>
          callText(model, phraseQuestionPrompt({ topic: state.topicName, question: question.text, summary: state.summary, turn: index, language: state.language }), options),
        );
  if (phrased?.ok && phrased.value.length <= 600) text = phrased.value;
  else if (phrased?.ok) ctx.onReset?.(); // too long to use: the bank wording is shown instead
  await ctx.store.recordAskedTurn({ sessionId: state.sessionId, index, kind: "MAIN", question, questionText: text });
  return { current: { index, kind: "MAIN", question, text }, nextPlanIndex: state.nextPlanIndex + 1, askedIds: [...state.askedIds, question.id] };
}
