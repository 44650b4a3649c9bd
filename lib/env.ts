// The only reader of process.env. Validated once, lazily, so `next build` can import
// modules without runtime secrets present.
import { createHmac } from "node:crypto";
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const postgresUrl = (name: string) => optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), `${name} must be a postgres:// URL`);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** unset or `pglite:<dir>` → embedded PGlite; `postgres://…` → PostgreSQL server. */
  DATABASE_URL: optionalString.refine(
    (v) => v === undefined || /^(pglite:|postgres(ql)?:\/\/)/.test(v),
    "DATABASE_URL must be unset, pglite:<dir>, pglite:memory, or postgres://user:pass@host/db",
  ),
  /**
   * What a Vercel marketplace database (Neon) injects: pooled URLs for the app, unpooled ones
   * for migrations (a pooler in transaction mode cannot hold the migrator's session lock).
   * DATABASE_URL wins when it is set.
   */
  POSTGRES_PRISMA_URL: postgresUrl("POSTGRES_PRISMA_URL"),
  POSTGRES_URL: postgresUrl("POSTGRES_URL"),
  DATABASE_URL_UNPOOLED: postgresUrl("DATABASE_URL_UNPOOLED"),
  POSTGRES_URL_NON_POOLING: postgresUrl("POSTGRES_URL_NON_POOLING"),
  /** Signs session cookies; ≥ 32 chars. `npm run dev`/`npm start` write one to .env.local when missing. */
  AUTH_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, "AUTH_SECRET must be at least 32 characters"),
  /**
   * 32 random bytes, base64 (`openssl rand -base64 32`): encrypts a student's resume and job
   * description at rest (AES-256-GCM). `npm run dev`/`npm start` write one to .env.local when missing.
   */
  DATA_ENCRYPTION_KEY: optionalString.refine(
    (v) => v === undefined || Buffer.from(v, "base64").length === 32,
    "DATA_ENCRYPTION_KEY must be 32 random bytes in base64 (generate one with `openssl rand -base64 32`)",
  ),
  /** "true" seeds demo accounts on start even on PostgreSQL; "false" never seeds. Default: only on the embedded DB. */
  SEED_DEMO: optionalString.pipe(z.enum(["true", "false"]).optional()),
  /** Pool size per server process when using PostgreSQL. */
  DATABASE_POOL_MAX: optionalString.transform((v) => (v === undefined ? 10 : Number(v))).pipe(z.number().int("DATABASE_POOL_MAX must be a whole number").min(1).max(100)),
  /** OpenAI-compatible endpoint (OpenAI, OpenRouter, Groq, Ollama, vLLM). Unset: OpenAI's. */
  LLM_BASE_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), "LLM_BASE_URL must start with http:// or https://"),
  /** API key; a model is used only when LLM_MODEL is set and a key or base URL is given. */
  LLM_API_KEY: optionalString,
  /** Model name, e.g. gpt-4o-mini, llama-3.1-8b-instant, qwen2.5:7b. */
  LLM_MODEL: optionalString,
  /** Per-call timeout in ms before a retry, then the offline grader. */
  LLM_TIMEOUT_MS: optionalString.transform((v) => (v === undefined ? 20_000 : Number(v))).pipe(z.number().int().min(1000).max(300_000)),
  /**
   * One deadline per interviewer step (grade + summary + next question, or the report) across
   * all its model calls and retries; when it runs out the built-in grader finishes the step.
   */
  LLM_TURN_BUDGET_MS: optionalString.transform((v) => (v === undefined ? 30_000 : Number(v))).pipe(z.number().int().min(1000).max(600_000)),
  /** How to ask for JSON: auto (detected once), json_schema, json_object, or prompt (instructions only). */
  LLM_JSON_MODE: optionalString.pipe(z.enum(["auto", "json_schema", "json_object", "prompt"]).default("auto")),
  /** Consecutive failed model calls after which the model is skipped for LLM_BREAKER_COOLDOWN_MS. */
  LLM_BREAKER_FAILURES: optionalString.transform((v) => (v === undefined ? 3 : Number(v))).pipe(z.number().int().min(1).max(1000)),
  LLM_BREAKER_COOLDOWN_MS: optionalString.transform((v) => (v === undefined ? 60_000 : Number(v))).pipe(z.number().int().min(0).max(3_600_000)),
  /** Speech to text: an OpenAI-compatible /audio/transcriptions endpoint (OpenAI, Groq, a local faster-whisper or whisper.cpp server). Unset: no server transcription. */
  STT_BASE_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), "STT_BASE_URL must start with http:// or https://"),
  /** Its model, e.g. whisper-1, whisper-large-v3-turbo, Systran/faster-whisper-small. Both this and STT_BASE_URL turn it on. */
  STT_MODEL: optionalString,
  /** Its key (local servers usually need none). */
  STT_API_KEY: optionalString,
  /** How long one transcription may take before the student is told to type instead. */
  STT_TIMEOUT_MS: optionalString.transform((v) => (v === undefined ? 30_000 : Number(v))).pipe(z.number().int().min(1000).max(300_000)),
  /** Text to speech: an OpenAI-compatible /audio/speech endpoint. Unset: the browser's own speech synthesis reads questions. */
  TTS_BASE_URL: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), "TTS_BASE_URL must start with http:// or https://"),
  /** Its model, e.g. tts-1, gpt-4o-mini-tts, kokoro. Both this and TTS_BASE_URL turn it on. */
  TTS_MODEL: optionalString,
  TTS_API_KEY: optionalString,
  /** The voice to ask for (OpenAI's names: alloy, nova, …; local servers have their own). */
  TTS_VOICE: optionalString.transform((v) => v ?? "alloy"),
  /** Interviewer steps (answers graded + interviews started) one student may trigger per minute: a model-backed step costs money. */
  TURNS_PER_MINUTE: optionalString.transform((v) => (v === undefined ? 20 : Number(v))).pipe(z.number().int("TURNS_PER_MINUTE must be a whole number").min(1).max(100_000)),
  /** The same per student per day. */
  TURNS_PER_DAY: optionalString.transform((v) => (v === undefined ? 400 : Number(v))).pipe(z.number().int("TURNS_PER_DAY must be a whole number").min(1).max(1_000_000)),
  /** New accounts per hour from one address (a class signing up together shares its school's address). */
  SIGNUPS_PER_HOUR_PER_IP: optionalString
    .transform((v) => (v === undefined ? 60 : Number(v)))
    .pipe(z.number().int("SIGNUPS_PER_HOUR_PER_IP must be a whole number").min(1).max(100_000)),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (nginx, a load
   * balancer; 1 on Vercel, which overwrites the header itself). 0: no proxy — the socket's
   * address is the client, and client-set forwarding headers are ignored.
   */
  TRUST_PROXY: optionalString
    .transform((v) => (v === undefined ? 0 : Number(v)))
    .pipe(z.number().int("TRUST_PROXY must be a whole number of proxy hops (0 = none)").min(0).max(10)),
  /**
   * Outgoing mail (off when unset): smtp://user:pass@host:587 or smtps://user:pass@host:465.
   * Turns on password-reset links by e-mail, "your report is ready", class invitations and the weekly digest.
   */
  SMTP_URL: optionalString.refine(
    (v) => v === undefined || /^smtps?:\/\/[^/\s]+/.test(v),
    "SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465 (or be unset to turn e-mail off)",
  ),
  /** The sender of every e-mail, e.g. "Interview practice <practice@school.example>". Default: no-reply@<APP_URL's host>. */
  MAIL_FROM: optionalString.refine((v) => v === undefined || /@/.test(v), "MAIL_FROM must contain an e-mail address, e.g. Interview practice <practice@school.example>"),
  /**
   * The public address of this install, e.g. https://practice.school.example: every link in an e-mail starts
   * with it. Unset: the address the request came in on (mail sent outside a request, the digest, needs it).
   */
  APP_URL: optionalString
    .refine((v) => v === undefined || /^https?:\/\/[^/\s]+/.test(v), "APP_URL must start with http:// or https://, e.g. https://practice.school.example")
    .transform((v) => v?.replace(/\/+$/, "")),
  NEXT_PHASE: optionalString,
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`Invalid environment variables (see .env.example):\n${lines}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function isBuildPhase(): boolean {
  return env().NEXT_PHASE === "phase-production-build";
}

/** The database the app talks to: DATABASE_URL, else a pooled URL a Vercel database integration injected. */
export function databaseUrl(): string | undefined {
  const e = env();
  return e.DATABASE_URL ?? e.POSTGRES_PRISMA_URL ?? e.POSTGRES_URL;
}

/** The URL migrations run over: the integration's direct (unpooled) URL when there is one. */
export function migrationDatabaseUrl(): string | undefined {
  const e = env();
  const direct = e.DATABASE_URL_UNPOOLED ?? e.POSTGRES_URL_NON_POOLING;
  // An explicit non-PostgreSQL DATABASE_URL (the embedded database) is never swapped for another.
  if (e.DATABASE_URL && !/^postgres(ql)?:/.test(e.DATABASE_URL)) return e.DATABASE_URL;
  return direct ?? databaseUrl();
}

/**
 * The Auth.js secret. Without AUTH_SECRET on a PostgreSQL deployment (a first one-click
 * deploy, where nobody has a terminal to generate one), it is derived from the database's
 * own credentials: anyone who could read it could already read and change every row, and
 * every instance derives the same value. Setting AUTH_SECRET later signs everyone out once.
 */
export function authSecret(): string | undefined {
  const secret = env().AUTH_SECRET;
  if (secret) return secret;
  const db = env().DATABASE_URL_UNPOOLED ?? env().POSTGRES_URL_NON_POOLING ?? databaseUrl();
  if (db && /^postgres(ql)?:/.test(db)) return createHmac("sha256", db).update("interview-practice auth secret v1").digest("base64url");
  if (!isBuildPhase() && env().NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it in the environment.");
  }
  return undefined;
}

/** The key for personal documents at rest, or null when none is configured (callers refuse to store them). */
export function dataEncryptionKey(): Buffer | null {
  const key = env().DATA_ENCRYPTION_KEY;
  return key ? Buffer.from(key, "base64") : null;
}

/** For scripts and tests that change the environment after first read. */
export function resetEnvCache(): void {
  cached = undefined;
}

export type SpeechEndpoint = { baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number };

/** The transcription endpoint, or null when none is configured (the browser's recognition, or typing, is used). */
export function sttEndpoint(): SpeechEndpoint | null {
  const e = env();
  if (!e.STT_BASE_URL || !e.STT_MODEL) return null;
  return { baseUrl: e.STT_BASE_URL.replace(/\/+$/, ""), model: e.STT_MODEL, apiKey: e.STT_API_KEY, timeoutMs: e.STT_TIMEOUT_MS };
}

/** The speech endpoint and voice, or null when none is configured (the browser reads questions aloud). */
export function ttsEndpoint(): (SpeechEndpoint & { voice: string }) | null {
  const e = env();
  if (!e.TTS_BASE_URL || !e.TTS_MODEL) return null;
  return { baseUrl: e.TTS_BASE_URL.replace(/\/+$/, ""), model: e.TTS_MODEL, apiKey: e.TTS_API_KEY, timeoutMs: e.STT_TIMEOUT_MS, voice: e.TTS_VOICE };
}

/** Outgoing mail, or null when SMTP_URL is unset (e-mail is off). */
export function smtpSettings(): { url: string; from: string | undefined } | null {
  const e = env();
  return e.SMTP_URL ? { url: e.SMTP_URL, from: e.MAIL_FROM } : null;
}

/** The configured public origin (no trailing slash), or undefined. */
export function appUrl(): string | undefined {
  return env().APP_URL;
}
