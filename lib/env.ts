// The only reader of process.env. Validated once, lazily, so `next build` can import
// modules without runtime secrets present.
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** unset or `pglite:<dir>` → embedded PGlite; `postgres://…` → PostgreSQL server. */
  DATABASE_URL: optionalString.refine(
    (v) => v === undefined || /^(pglite:|postgres(ql)?:\/\/)/.test(v),
    "DATABASE_URL must be unset, pglite:<dir>, pglite:memory, or postgres://user:pass@host/db",
  ),
  /** Signs session cookies; ≥ 32 chars. `npm run dev`/`npm start` write one to .env.local when missing. */
  AUTH_SECRET: optionalString.refine((v) => v === undefined || v.length >= 32, "AUTH_SECRET must be at least 32 characters"),
  /** "true" seeds demo accounts on start even on PostgreSQL; "false" never seeds. Default: only on the embedded DB. */
  SEED_DEMO: optionalString.pipe(z.enum(["true", "false"]).optional()),
  /** Pool size per server process when using PostgreSQL. */
  DATABASE_POOL_MAX: optionalString
    .transform((v) => (v === undefined ? 10 : Number(v)))
    .pipe(z.number().int("DATABASE_POOL_MAX must be a whole number").min(1).max(100)),
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

/** The Auth.js secret; a clear error instead of Auth.js's generic one when it is missing. */
export function authSecret(): string | undefined {
  const secret = env().AUTH_SECRET;
  if (!secret && !isBuildPhase() && env().NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it in the environment.");
  }
  return secret;
}

/** For scripts and tests that change the environment after first read. */
export function resetEnvCache(): void {
  cached = undefined;
}
