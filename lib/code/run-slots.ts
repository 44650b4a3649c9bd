import "server-only";
// At most RUNS_PER_USER server runs per student at once, so one student submitting from several
// tabs (or a script) cannot take the whole pool. Counted before checked, so simultaneous
// requests cannot all slip under. Per process: each instance has its own pool to protect.
import { AppError } from "@/lib/errors";
import { codeMessages, RUNS_PER_USER } from "./limits";

const running = new Map<string, number>();

/** Runs `work` in one of the student's slots, or refuses with 429 when they are all taken. */
export async function inRunSlot<T>(userId: string, work: () => Promise<T>): Promise<T> {
  const count = (running.get(userId) ?? 0) + 1;
  running.set(userId, count);
  try {
    if (count > RUNS_PER_USER) throw new AppError("rate_limit:code", codeMessages.busy);
    return await work();
  } finally {
    const left = (running.get(userId) ?? 1) - 1;
    if (left <= 0) running.delete(userId);
    else running.set(userId, left);
  }
}
