// Calling a chat model robustly: every attempt is capped by its own timeout and by the
// step's deadline; 429/5xx/timeouts are retried (429 after its Retry-After, when that fits
// the deadline); a per-process circuit breaker skips a model that keeps failing; JSON
// replies are validated with zod with one repair call. Callers fall back to the offline
// path on ModelCallError, so a session is never stuck on a model.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import type { z } from "zod";
import type { CircuitBreaker } from "./circuit-breaker";
import type { StepDeadline } from "./deadline";
import { downgradeJsonMode, type JsonModeState, responseFormatFor } from "./json-mode";

export type ChatPrompt = { system: string; user: string };
/** A prompt that asks for JSON, with the (equally budgeted) prompt to send when the reply was invalid. */
export type JsonPrompt = ChatPrompt & { repair: (problem: string) => ChatPrompt };

export type CallOptions = {
  /** Cap for one attempt; the deadline may cut it shorter. */
  timeoutMs: number;
  /** The step's deadline across all calls and retries. */
  deadline?: StepDeadline;
  breaker?: CircuitBreaker;
  retries?: number;
  backoffMs?: number;
  /** Receives the reply as it streams. */
  onToken?: (text: string) => void;
  /** Called when streamed text is void (its attempt failed): the listener must drop it. */
  onReset?: () => void;
};

export type ModelFailure = "timeout" | "http" | "invalid_output" | "error" | "budget" | "circuit_open";

export class ModelCallError extends Error {
  constructor(
    readonly reason: ModelFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ModelCallError";
  }
}

/** Below this much time left, another attempt cannot usefully finish. */
const MIN_ATTEMPT_MS = 250;

type HttpishError = { status?: number; response?: { status?: number }; headers?: Headers | Record<string, string> };

function statusOf(error: unknown): number | undefined {
  const e = error as HttpishError;
  return e?.status ?? e?.response?.status;
}

function headerOf(error: unknown, name: string): string | undefined {
  const h = (error as HttpishError)?.headers;
  if (!h) return undefined;
  if (typeof (h as Headers).get === "function") return (h as Headers).get(name) ?? undefined;
  return (h as Record<string, string>)[name];
}

/** How long a 429 asks us to wait (Retry-After in seconds or as a date; retry-after-ms), if it says. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headerOf(error, "retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headerOf(error, "retry-after");
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - now) : undefined;
}

function isRetryable(error: unknown): boolean {
  if (error instanceof ModelCallError) return error.reason === "timeout";
  const status = statusOf(error);
  return status === 429 || (status !== undefined && status >= 500) || /ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up|terminated/i.test(String(error));
}

function asModelError(error: unknown): ModelCallError {
  if (error instanceof ModelCallError) return error;
  // With response_format json_schema the OpenAI client parses the reply itself and throws this.
  // Not the parser's message: it quotes the reply, which may hold a candidate's resume lines, and this message is logged.
  if (error instanceof SyntaxError) return new ModelCallError("invalid_output", "the reply was not valid JSON");
  const status = statusOf(error);
  return status
    ? new ModelCallError("http", `model HTTP ${status}`, status)
    : new ModelCallError("error", `model error: ${((error as Error)?.message ?? String(error)).slice(0, 200)}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function textOf(message: BaseMessage): string {
  const c = message.content;
  if (typeof c === "string") return c;
  return c.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("");
}

type Attempt = { timeoutMs: number; onToken?: (text: string) => void; extra?: Record<string, unknown> };

async function once(model: BaseChatModel, messages: BaseMessage[], attempt: Attempt): Promise<string> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ModelCallError("timeout", `model call timed out after ${attempt.timeoutMs} ms`));
    }, attempt.timeoutMs);
  });
  // Call options beyond BaseChatModel's own (response_format) reach the OpenAI client as is.
  const callOptions = { signal: controller.signal, ...attempt.extra } as Parameters<BaseChatModel["invoke"]>[1];
  try {
    const work = (async () => {
      if (!attempt.onToken) return textOf(await model.invoke(messages, callOptions));
      let text = "";
      for await (const chunk of await model.stream(messages, callOptions)) {
        const piece = textOf(chunk);
        if (piece) {
          text += piece;
          attempt.onToken(piece);
        }
      }
      return text;
    })();
    work.catch(() => {}); // after a timeout the aborted call still settles; nobody awaits it
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Text completion within the deadline, with retries; throws ModelCallError. */
export async function callText(model: BaseChatModel, prompt: ChatPrompt, options: CallOptions, extra?: Record<string, unknown>): Promise<string> {
  if (options.breaker && !options.breaker.allows()) throw new ModelCallError("circuit_open", "the model failed repeatedly; skipping it for a while");
  const messages = [new SystemMessage(prompt.system), new HumanMessage(prompt.user)];
  const retries = options.retries ?? 2;
  const left = () => options.deadline?.remainingMs() ?? Number.POSITIVE_INFINITY;
  if (left() < MIN_ATTEMPT_MS) throw new ModelCallError("budget", "no time left in this step for the model");
  for (let attempt = 0; ; attempt++) {
    let streamed = false;
    const listener = options.onToken;
    const onToken =
      listener &&
      ((t: string) => {
        streamed = true;
        listener(t);
      });
    try {
      const text = (await once(model, messages, { timeoutMs: Math.min(options.timeoutMs, left()), onToken, extra })).trim();
      if (!text) throw new ModelCallError("invalid_output", "model returned no text");
      options.breaker?.succeeded();
      return text;
    } catch (error) {
      if (streamed) options.onReset?.();
      const failure = asModelError(error);
      const backoff = (options.backoffMs ?? 300) * 2 ** attempt;
      const wait = statusOf(error) === 429 ? (retryAfterMs(error) ?? backoff) : backoff;
      const retry = attempt < retries && isRetryable(error);
      if (!retry || wait + MIN_ATTEMPT_MS > left()) {
        // A 400 is about the request (e.g. an unsupported response_format), not the model's health.
        if (failure.status !== 400 && failure.status !== 422) options.breaker?.failed();
        if (retry) throw new ModelCallError("budget", `${failure.message}; no time left in this step to retry`, failure.status);
        throw failure;
      }
      await sleep(wait);
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

function check<S extends z.ZodType>(schema: S, text: string): { ok: true; value: z.infer<S> } | { ok: false; problem: string } {
  try {
    const parsed = schema.safeParse(parseJson(text));
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      problem: parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join(".")}: ${i.message}`)
        .join("; "),
    };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}

/**
 * JSON completion validated by `schema`, asked for with the endpoint's best response_format
 * (detected once: an endpoint that rejects one with HTTP 400 gets the next, down to a plain
 * prompt); one repair call when the reply is invalid.
 */
export async function callJson<S extends z.ZodType>(
  model: BaseChatModel,
  prompt: JsonPrompt,
  schema: S,
  options: CallOptions & { json?: { state: JsonModeState; name: string } },
): Promise<z.infer<S>> {
  const call = async (p: ChatPrompt, callOptions: CallOptions) => {
    for (;;) {
      const format = options.json ? responseFormatFor(options.json.state, options.json.name, schema) : undefined;
      try {
        return await callText(model, p, { ...callOptions, onToken: undefined }, format && { response_format: format });
      } catch (error) {
        const status = error instanceof ModelCallError ? error.status : undefined;
        if (!(options.json && format && (status === 400 || status === 422) && downgradeJsonMode(options.json.state))) throw error;
      }
    }
  };
  let result: ReturnType<typeof check<S>>;
  try {
    result = check(schema, await call(prompt, options));
  } catch (error) {
    if (!(error instanceof ModelCallError && error.reason === "invalid_output")) throw error;
    result = { ok: false, problem: error.message };
  }
  if (result.ok) return result.value;
  let second: string;
  try {
    second = await call(prompt.repair(result.problem.slice(0, 200)), { ...options, retries: 0 });
  } catch (error) {
    throw new ModelCallError("invalid_output", `invalid JSON and the repair call failed: ${(error as Error).message}`);
  }
  const repaired = check(schema, second);
  if (repaired.ok) return repaired.value;
  options.breaker?.failed();
  throw new ModelCallError("invalid_output", `invalid output after one repair: ${repaired.problem}`);
}
