import "server-only";
// Limits on guessable or costly public actions, in one place: key, window, allowance and the
// message a person sees. Every attempt is counted before it is checked (so simultaneous
// attempts cannot all slip under the limit); an attempt that succeeds hands its slot back, so
// the limits bite on failures — a class joining from one school address is not slowed down.
import { hitRateLimit, refundRateLimit } from "@/lib/db/queries/rate-limit";
import { AppError, type Surface } from "@/lib/errors";

export type Limit = { name: string; max: number; windowMs: number; surface: Surface; message: string };

const MINUTE = 60_000;

export const JOIN_PER_STUDENT: Limit = {
  name: "join:user",
  max: 10,
  windowMs: 15 * MINUTE,
  surface: "enrollment",
  message: "Too many wrong class codes. Check the code with your instructor and try again in 15 minutes.",
};

// Higher per address: a whole class often shares one school network.
export const JOIN_PER_IP: Limit = {
  name: "join:ip",
  max: 100,
  windowMs: 15 * MINUTE,
  surface: "enrollment",
  message: "Too many wrong class codes from this network. Try again in 15 minutes.",
};

export const SIGNUP_PER_IP: Limit = {
  name: "signup:ip",
  max: 20,
  windowMs: 60 * MINUTE,
  surface: "auth",
  message: "Too many sign-ups from this network. Try again in an hour.",
};

const keyOf = (limit: Limit, subject: string) => `${limit.name}:${subject}`;

/** Counts one attempt against each limit; throws rate_limit when any is over. Returns a refund. */
export async function takeAttempt(...slots: [Limit, string][]): Promise<() => Promise<void>> {
  const states = await Promise.all(slots.map(([limit, subject]) => hitRateLimit(keyOf(limit, subject), limit.windowMs)));
  const over = slots.findIndex(([limit], i) => states[i]!.count > limit.max);
  if (over >= 0) {
    const [limit] = slots[over]!;
    throw new AppError(`rate_limit:${limit.surface}`, limit.message);
  }
  return async () => {
    await Promise.all(slots.map(([limit, subject]) => refundRateLimit(keyOf(limit, subject))));
  };
}
