import "server-only";
// The chat model chosen by environment, or null for offline mode. Any OpenAI-compatible
// endpoint works; retries are ours (lib/llm/call.ts), so the client's own are off. One
// client per call kind, each with its own output cap; one circuit breaker per process.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatOpenAI } from "@langchain/openai";
import { env } from "@/lib/env";
import { type CallKind, MAX_OUTPUT_TOKENS } from "./call-kinds";
import { CircuitBreaker } from "./circuit-breaker";
import { type JsonModeState, jsonModeState } from "./json-mode";

export type ModelInfo = {
  /** The client for calls without a kind (scripts, benchmarks). */
  model: BaseChatModel;
  name: string;
  /** Cap for one attempt. */
  timeoutMs: number;
  /** Deadline for a whole interviewer step. */
  turnBudgetMs: number;
  forKind: (kind: CallKind) => BaseChatModel;
  json: JsonModeState;
  breaker: CircuitBreaker;
};

let cached: ModelInfo | null | undefined;

export function modelFromEnv(): ModelInfo | null {
  if (cached !== undefined) return cached;
  const e = env();
  if (!e.LLM_MODEL || (!e.LLM_API_KEY && !e.LLM_BASE_URL)) {
    cached = null;
    return cached;
  }
  const client = (maxTokens?: number) =>
    new ChatOpenAI({
      model: e.LLM_MODEL,
      apiKey: e.LLM_API_KEY ?? "not-needed", // local servers (Ollama, vLLM) accept any key
      configuration: e.LLM_BASE_URL ? { baseURL: e.LLM_BASE_URL } : undefined,
      temperature: 0.2,
      maxRetries: 0,
      timeout: e.LLM_TIMEOUT_MS,
      maxTokens,
    });
  const byKind = new Map<CallKind, BaseChatModel>();
  cached = {
    model: client(),
    name: e.LLM_MODEL,
    timeoutMs: e.LLM_TIMEOUT_MS,
    turnBudgetMs: e.LLM_TURN_BUDGET_MS,
    forKind: (kind) => {
      const existing = byKind.get(kind);
      if (existing) return existing;
      const created = client(MAX_OUTPUT_TOKENS[kind]);
      byKind.set(kind, created);
      return created;
    },
    json: jsonModeState(e.LLM_JSON_MODE),
    breaker: new CircuitBreaker(e.LLM_BREAKER_FAILURES, e.LLM_BREAKER_COOLDOWN_MS),
  };
  return cached;
}

/** Tests: forget the model built from an earlier environment. */
export function resetModelFromEnv(): void {
  cached = undefined;
}
