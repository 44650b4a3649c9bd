// summarize: folds the raw exchanges into the running summary and drops them, so prompt
// size stays flat however long the interview runs.
import { offlineSummary } from "@/lib/grading/report";
import { callText } from "@/lib/llm/call";
import { clipToTokens } from "@/lib/llm/tokens";
import { contextOf, type NodeConfig, tryModel } from "../context";
import { summarizePrompt } from "../prompts";
import type { InterviewStateType, InterviewUpdate } from "../state";

export const MAX_SUMMARY_TOKENS = 160;

export async function summarize(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const ctx = contextOf(config);
  const generated = await tryModel(ctx, { sessionId: state.sessionId, kind: "summary" }, (model, options) =>
    callText(model, summarizePrompt({ summary: state.summary, exchanges: state.history }), options),
  );
  const summary = generated?.ok ? generated.value : offlineSummary(state.summary, state.history);
  return { summary: clipToTokens(summary, MAX_SUMMARY_TOKENS), history: [] };
}
