import "server-only";
// The chat model chosen by environment, or null for offline mode. Any OpenAI-compatible
// endpoint works; retries are ours (lib/llm/call.ts), so the client's own are off.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { ChatOpenAI } from "@langchain/openai";
import { env } from "@/lib/env";

export type ModelInfo = { model: BaseChatModel; name: string; timeoutMs: number };

let cached: ModelInfo | null | undefined;

export function modelFromEnv(): ModelInfo | null {
  if (cached !== undefined) return cached;
  const { LLM_MODEL, LLM_API_KEY, LLM_BASE_URL, LLM_TIMEOUT_MS } = env();
  if (!LLM_MODEL || (!LLM_API_KEY && !LLM_BASE_URL)) {
    cached = null;
    return cached;
  }
  const model = new ChatOpenAI({
    model: LLM_MODEL,
    apiKey: LLM_API_KEY ?? "not-needed", // local servers (Ollama, vLLM) accept any key
    configuration: LLM_BASE_URL ? { baseURL: LLM_BASE_URL } : undefined,
    temperature: 0.2,
    maxRetries: 0,
    timeout: LLM_TIMEOUT_MS,
  });
  cached = { model, name: LLM_MODEL, timeoutMs: LLM_TIMEOUT_MS };
  return cached;
}
