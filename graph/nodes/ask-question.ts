// ask_question: the next planned bank question (easy → hard); a model may phrase it
// conversationally, offline the bank text is used as is.
import { callText } from "@/lib/llm/call";
import { callOptions, contextOf, type NodeConfig } from "../context";
import { phraseQuestionPrompt } from "../prompts";
import type { InterviewStateType, InterviewUpdate } from "../state";

export async function askQuestion(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const ctx = contextOf(config);
  const question = state.plan[state.nextPlanIndex];
  if (!question) throw new Error("ask_question reached with an exhausted plan (routing bug)");
  const index = state.results.length;
  let text = question.text;
  if (ctx.model) {
    try {
      const phrased = await callText(
        ctx.model.model,
        phraseQuestionPrompt({ topic: state.topicName, question: question.text, summary: state.summary, turn: index }),
        callOptions(ctx, ctx.onToken),
      );
      if (phrased.length <= 600) text = phrased;
    } catch {
      // The bank wording is always a valid question.
    }
  }
  await ctx.store.recordAskedTurn({ sessionId: state.sessionId, index, kind: "MAIN", questionId: question.id, questionText: text });
  return { current: { index, kind: "MAIN", question, text }, nextPlanIndex: state.nextPlanIndex + 1 };
}
