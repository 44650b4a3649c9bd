// Calling a chat model robustly: a timeout per call, retries with backoff on 429/5xx and
// timeouts, JSON outputs validated with zod plus one repair attempt. Callers fall back to
// the offline path on ModelCallError, so a session is never stuck on a model.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { z } from "zod";

export type ChatPrompt = { system: string; user: string };
export type CallOptions = { timeoutMs: number; retries?: number; backoffMs?: number; onToken?: (text: string) => void };

export class ModelCallError extends Error {
  constructor(
    readonly reason: "timeout" | "http" | "invalid_output" | "error",
    message: string,
  ) {
    super(message);
    this.name = "ModelCallError";
  }
}

function statusOf(error: unknown): number | undefined {
  const e = error as { status?: number; response?: { status?: number }; lc_error_code?: string };
  return e?.status ?? e?.response?.status;
}

function isRetryable(error: unknown): boolean {
  if (error instanceof ModelCallError) return error.reason === "timeout";
  const status = statusOf(error);
  return status === 429 || (status !== undefined && status >= 500) || /ECONNRESET|ETIMEDOUT|socket hang up/i.test(String(error));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function textOf(message: BaseMessage): string {
  const c = message.content;
  if (typeof c === "string") return c;
  return c.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("");
}

async function once(model: BaseChatModel, messages: BaseMessage[], options: CallOptions): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ModelCallError("timeout", `model call timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs);
  });
  try {
    const work = (async () => {
      if (!options.onToken) return textOf(await model.invoke(messages, { signal: controller.signal }));
      let text = "";
      for await (const chunk of await model.stream(messages, { signal: controller.signal })) {
        const piece = textOf(chunk);
        if (piece) {
          text += piece;
          options.onToken(piece);
        }
      }
      return text;
    })();
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Text completion with timeout and retries. */
export async function callText(model: BaseChatModel, prompt: ChatPrompt, options: CallOptions): Promise<string> {
  const messages = [new SystemMessage(prompt.system), new HumanMessage(prompt.user)];
  const retries = options.retries ?? 2;
  for (let attempt = 0; ; attempt++) {
    try {
      const text = (await once(model, messages, options)).trim();
      if (!text) throw new ModelCallError("invalid_output", "model returned no text");
      return text;
    } catch (error) {
      if (attempt >= retries || !isRetryable(error)) {
        if (error instanceof ModelCallError) throw error;
        const status = statusOf(error);
        throw new ModelCallError(status ? "http" : "error", status ? `model HTTP ${status}` : `model error: ${(error as Error)?.message ?? error}`);
      }
      await sleep((options.backoffMs ?? 300) * 2 ** attempt);
    }
  }
}

function parseJson(text: string): unknown {
  const fenced = text.match(/```(?:json)?\s*([\s\S]*?)```/i)?.[1] ?? text;
  const start = fenced.indexOf("{");
  const end = fenced.lastIndexOf("}");
  if (start < 0 || end <= start) throw new Error("no JSON object in the reply");
  return JSON.parse(fenced.slice(start, end + 1));
}

/** JSON completion validated by `schema`; one repair round-trip when the first reply is invalid. */
export async function callJson<S extends z.ZodType>(model: BaseChatModel, prompt: ChatPrompt, schema: S, options: CallOptions): Promise<z.infer<S>> {
  const first = await callText(model, prompt, { ...options, onToken: undefined });
  const check = (text: string) => {
    try {
      const parsed = schema.safeParse(parseJson(text));
      return parsed.success
        ? { ok: true as const, value: parsed.data }
        : {
            ok: false as const,
            problem: parsed.error.issues
              .slice(0, 3)
              .map((i) => `${i.path.join(".")}: ${i.message}`)
              .join("; "),
          };
    } catch (error) {
      return { ok: false as const, problem: (error as Error).message };
    }
  };
  const result = check(first);
  if (result.ok) return result.value;
  const repairMessages = [
    new SystemMessage(prompt.system),
    new HumanMessage(prompt.user),
    new AIMessage(first.slice(0, 1500)),
    new HumanMessage(`That reply was not valid (${result.problem.slice(0, 300)}). Reply again with only the JSON object, exactly in the requested shape.`),
  ];
  let second: string;
  try {
    second = textOf(await model.invoke(repairMessages, { signal: AbortSignal.timeout(options.timeoutMs) }));
  } catch (error) {
    throw new ModelCallError("invalid_output", `invalid JSON and the repair call failed: ${(error as Error).message}`);
  }
  const repaired = check(second);
  if (repaired.ok) return repaired.value;
  throw new ModelCallError("invalid_output", `invalid output after one repair: ${repaired.problem}`);
}
