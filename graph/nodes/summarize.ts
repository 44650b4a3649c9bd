// summarize: folds the raw exchanges into the running summary and drops them, so prompt
// size stays flat however long the interview runs.
import { offlineSummary } from "@/lib/grading/report";
import { callText } from "@/lib/llm/call";
import { clipToTokens } from "@/lib/llm/tokens";
import { callOptions, contextOf, type NodeConfig } from "../context";
import { summarizePrompt } from "../prompts";
import type { InterviewStateType, InterviewUpdate } from "../state";

export const MAX_SUMMARY_TOKENS = 160;

export async function summarize(state: InterviewStateType, config: NodeConfig): Promise<InterviewUpdate> {
  const ctx = contextOf(config);
  let summary = offlineSummary(state.summary, state.history);
  if (ctx.model) {
    try {
      summary = await callText(ctx.model.model, summarizePrompt({ summary: state.summary, exchanges: state.history }), callOptions(ctx));
    } catch {
      // Keep the offline summary.
    }
  }
  return { summary: clipToTokens(summary, MAX_SUMMARY_TOKENS), history: [] };
}
