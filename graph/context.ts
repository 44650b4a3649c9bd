// How nodes reach their run-time context (lib/interview/types.ts InterviewContext: store, model,
// deadline, stream listeners), and run one model call within the step's deadline. Tests pass
// a fake model and an in-memory or test-database store.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { type CallOptions, ModelCallError, type ModelFailure } from "@/lib/llm/call";
import { type CallKind, OPTIONAL_SHARE } from "@/lib/llm/call-kinds";
import { StepDeadline } from "@/lib/llm/deadline";
import type { JsonModeState } from "@/lib/llm/json-mode";
import { DEFAULT_TURN_BUDGET_MS, type InterviewContext } from "@/lib/interview/types";

export type { InterviewContext, InterviewModel, InterviewStore } from "@/lib/interview/types";
export { DEFAULT_TURN_BUDGET_MS } from "@/lib/interview/types";

// Nodes take LangGraph's generic config; contextOf() narrows it to our context.
export type NodeConfig = LangGraphRunnableConfig;

export function contextOf(config: NodeConfig): InterviewContext {
  const context = config.context as InterviewContext | undefined;
  if (!context?.store) throw new Error("interview graph invoked without its context (store, model)");
  return context;
}

type ModelOutcome<T> = { ok: true; value: T } | { ok: false; reason: ModelFailure };

/**
 * Runs one model call of `kind` inside the step's deadline (an optional kind gets only its
 * share, and is skipped when less than that is left), logging any failure with its reason.
 * Returns null offline; the caller falls back on { ok: false }.
 */
export async function tryModel<T>(
  ctx: InterviewContext,
  who: { sessionId: string; kind: CallKind; stream?: boolean },
  run: (model: BaseChatModel, options: CallOptions & { json?: { state: JsonModeState; name: string } }) => Promise<T>,
): Promise<ModelOutcome<T> | null> {
  const m = ctx.model;
  if (!m) return null;
  ctx.deadline ??= new StepDeadline(m.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS);
  const share = OPTIONAL_SHARE[who.kind];
  let deadline = ctx.deadline;
  try {
    if (share !== null) {
      const allowance = share * deadline.budgetMs;
      if (deadline.remainingMs() < allowance) throw new ModelCallError("budget", `less than ${Math.round(allowance)} ms left in this step`);
      deadline = deadline.slice(allowance);
    }
    const options = {
      timeoutMs: m.timeoutMs,
      deadline,
      breaker: m.breaker,
      backoffMs: ctx.retryBackoffMs,
      onToken: who.stream ? ctx.onToken : undefined,
      onReset: who.stream ? ctx.onReset : undefined,
      json: m.json && { state: m.json, name: who.kind },
    };
    return { ok: true, value: await run(m.forKind?.(who.kind) ?? m.model, options) };
  } catch (error) {
    const reason: ModelFailure = error instanceof ModelCallError ? error.reason : "error";
    console.warn(`[interview ${who.sessionId}] model ${who.kind} failed (${reason}): ${(error as Error).message.slice(0, 200)}; using the built-in fallback`);
    return { ok: false, reason };
  }
}
