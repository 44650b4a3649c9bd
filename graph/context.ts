// What nodes get at run time besides state: passed as LangGraph's per-invoke `context`,
// never checkpointed. Tests pass a fake model and an in-memory or test-database store.
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Evaluation } from "@/lib/grading/types";
import type { Report } from "./state";

export interface InterviewStore {
  /** Writes the asked question as a turn row (idempotent per session + index). */
  recordAskedTurn(turn: { sessionId: string; index: number; kind: "MAIN" | "FOLLOW_UP"; questionId: string; questionText: string }): Promise<void>;
  /** Writes the answer's evaluation onto its turn row (first write wins). */
  recordEvaluation(turn: { sessionId: string; index: number; answer: string; evaluation: Evaluation; grader: string }): Promise<void>;
  /** Completes the session with its report. */
  saveReport(sessionId: string, report: Report): Promise<void>;
}

export type InterviewModel = { model: BaseChatModel; name: string; timeoutMs: number };

export type InterviewContext = {
  store: InterviewStore;
  /** null: offline mode (deterministic grader and templates). */
  model: InterviewModel | null;
  /** Receives the interviewer's text as the model generates it (streaming to the browser). */
  onToken?: (text: string) => void;
  /** Backoff base between model retries (tests use 0). */
  retryBackoffMs?: number;
};

// Nodes take LangGraph's generic config; contextOf() narrows it to our context.
export type NodeConfig = LangGraphRunnableConfig;

export function contextOf(config: NodeConfig): InterviewContext {
  const context = config.context as InterviewContext | undefined;
  if (!context?.store) throw new Error("interview graph invoked without its context (store, model)");
  return context;
}

export function callOptions(ctx: InterviewContext, onToken?: (t: string) => void) {
  return { timeoutMs: ctx.model?.timeoutMs ?? 20_000, backoffMs: ctx.retryBackoffMs, onToken };
}
