// counter_question: one probing follow-up after a shallow main answer, aimed at a missed key point.
import { offlineFollowUp } from "@/lib/grading/follow-up";
import { callText } from "@/lib/llm/call";
import { questionKind } from "@/lib/questions/kinds";
import { contextOf, type NodeConfig, tryModel } from "../context";
import { counterQuestionPrompt } from "../prompts";
import type { InterviewStateType, InterviewUpdate } from "../state";

export async function counterQuestion(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const ctx = contextOf(config);
  const main = state.results[state.results.length - 1];
  const current = state.current;
  if (!main || !current) throw new Error("counter_question reached without a previous answer");
  const missed = main.evaluation.missed[0];
  const index = state.results.length;
  let text = (missed && questionKind(current.question.kind).followUpQuestion?.(missed)) || offlineFollowUp(missed, index);
  const generated = await tryModel(ctx, { sessionId: state.sessionId, kind: "follow_up", stream: true }, (model, options) =>
    callText(
      model,
      counterQuestionPrompt({
        question: main.questionText,
        answer: main.answer,
        missed: missed ?? "the reasoning behind the answer",
        summary: state.summary,
        language: state.language,
      }),
      options,
    ),
  );
  if (generated?.ok && generated.value.length <= 500) text = generated.value;
  else if (generated?.ok) ctx.onReset?.(); // too long to use: the template follow-up is shown instead
  await ctx.store.recordAskedTurn({ sessionId: state.sessionId, index, kind: "FOLLOW_UP", question: current.question, questionText: text });
  return { current: { index, kind: "FOLLOW_UP", question: current.question, text } };
}
