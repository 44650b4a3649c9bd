import "server-only";
// Per-student budget of interviewer steps (each may be a paid model call), counted in the
// database so every server instance enforces the same limit. Counted only for steps that
// will really run, so retries and refused requests cost nothing.
import { hitRateLimits, peekRateLimits, type RateLimitState } from "@/lib/db/queries/rate-limit";
import { plural } from "@/lib/plural";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const windows = () => [
  { key: (id: string) => `turns:minute:${id}`, ms: MINUTE, limit: env().TURNS_PER_MINUTE },
  { key: (id: string) => `turns:day:${id}`, ms: DAY, limit: env().TURNS_PER_DAY },
];

function refuse(limit: number, ms: number, resetAt: Date): never {
  const wait = Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000));
  const when = wait < 120 ? plural(wait, "second") : wait < 7200 ? plural(Math.ceil(wait / 60), "minute") : plural(Math.ceil(wait / 3600), "hour");
  throw new AppError(
    "rate_limit:turn",
    `You have reached the limit of ${limit} interview steps per ${ms === MINUTE ? "minute" : "day"}. Your answer is kept — try again in ${when}.`,
  );
}

/** Throws 429 when the student has no steps left; counts nothing. */
export async function assertTurnBudget(studentId: string): Promise<void> {
  const ws = windows();
  const states = await peekRateLimits(ws.map((w) => ({ key: w.key(studentId), windowMs: w.ms })));
  ws.forEach((w, i) => {
    if (states[i]!.count >= w.limit) refuse(w.limit, w.ms, states[i]!.resetAt);
  });
}

/** The counters one step spends (for a caller that counts them inside its own statement). */
export function turnBudgetHits(studentId: string): { key: string; windowMs: number }[] {
  return windows().map((w) => ({ key: w.key(studentId), windowMs: w.ms }));
}

/** Throws 429 when any counter, as counted for this step (in turnBudgetHits order), is over its limit. */
export function refuseOverBudget(states: RateLimitState[]): void {
  windows().forEach((w, i) => {
    if (states[i] && states[i].count > w.limit) refuse(w.limit, w.ms, states[i].resetAt);
  });
}

/** Counts one step that is about to run; throws 429 (after counting) when it is over the limit. */
export async function spendTurnBudget(studentId: string): Promise<void> {
  refuseOverBudget(await hitRateLimits(turnBudgetHits(studentId)));
}
