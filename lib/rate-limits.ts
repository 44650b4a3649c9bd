import "server-only";
// Limits on guessable or costly public actions, in one place: key, window, allowance and the
// message a person sees. Every attempt is counted before it is checked (so simultaneous
// attempts cannot all slip under the limit); an attempt that succeeds hands its slot back, so
// the limits bite on failures — a class joining from one school address is not slowed down.
import { clearRateLimit, hitRateLimits, refundRateLimit } from "@/lib/db/queries/rate-limit";
import { env } from "@/lib/env";
import { AppError, type Surface } from "@/lib/errors";

export type Limit = {
  name: string;
  max: number;
  windowMs: number;
  surface: Surface;
  message: string;
  /** A success wipes the subject's earlier failures (an account), not only its own slot (a shared address). */
  forgiveOnSuccess?: boolean;
};

const MINUTE = 60_000;

export const LOGIN_PER_EMAIL: Limit = {
  name: "login:email",
  max: 10,
  windowMs: 15 * MINUTE,
  surface: "auth",
  message: "Too many failed attempts. For your security, wait 15 minutes and try again.",
  forgiveOnSuccess: true,
};

// Higher per address: a whole class often logs in from one school NAT address.
export const LOGIN_PER_IP: Limit = {
  name: "login:ip",
  max: 50,
  windowMs: 15 * MINUTE,
  surface: "auth",
  message: "Too many failed attempts from this network. Wait 15 minutes and try again.",
};

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

// Accounts are what is limited, so a successful sign-up keeps its slot. A whole class signing
// up in its first lesson shares one school address: the default leaves room for two classes,
// and SIGNUPS_PER_HOUR_PER_IP raises it for a bigger school (or a test suite).
export const SIGNUP_PER_IP: Limit = {
  name: "signup:ip",
  get max() {
    return env().SIGNUPS_PER_HOUR_PER_IP;
  },
  windowMs: 60 * MINUTE,
  surface: "auth",
  message: "Too many sign-ups from this network. Try again in an hour.",
};

// Reading a PDF or DOCX costs CPU whether or not it works, so every upload keeps its slot. A
// student fixing a resume uploads a handful of times; this leaves room for that and stops a loop.
export const RESUME_UPLOAD_PER_STUDENT: Limit = {
  name: "resume-upload:user",
  max: 30,
  windowMs: 60 * MINUTE,
  surface: "document",
  message: "Too many uploads in the last hour. Wait a while, or paste the text of your resume instead.",
};

// A transcription costs the endpoint's time (and money on a paid one). An interview answers
// ten questions or so, each maybe recorded twice or three times; this leaves room and stops a loop.
export const TRANSCRIBE_PER_STUDENT: Limit = {
  name: "transcribe:user",
  max: 120,
  windowMs: 60 * MINUTE,
  surface: "speech",
  message: "Too many recordings transcribed in the last hour. Type your answer, or wait a while.",
};

// Each request may send a mail, so every one keeps its slot (a success is not a failure to
// forgive): a few links an hour is plenty for a person; the address limit stops a sweep.
export const RESET_REQUEST_PER_EMAIL: Limit = {
  name: "reset:email",
  max: 5,
  windowMs: 60 * MINUTE,
  surface: "auth",
  message: "Too many reset links asked for this address. Use the newest e-mail, or wait an hour and try again.",
};

export const RESET_REQUEST_PER_IP: Limit = {
  name: "reset:ip",
  max: 30,
  windowMs: 60 * MINUTE,
  surface: "auth",
  message: "Too many reset links asked from this network. Wait an hour and try again.",
};

// Typing the current password (to change it, or to delete the account) is a guess like a login.
export const CURRENT_PASSWORD_PER_USER: Limit = {
  name: "current-password:user",
  max: 10,
  windowMs: 15 * MINUTE,
  surface: "account",
  message: "Too many wrong passwords. Wait 15 minutes and try again.",
  forgiveOnSuccess: true,
};

// Invitations go to other people's inboxes: a class's worth at a time, a few times an hour.
export const INVITES_PER_INSTRUCTOR: Limit = {
  name: "invite:user",
  max: 10,
  windowMs: 60 * MINUTE,
  surface: "email",
  message: "You have sent many invitations in the last hour. Wait a while before sending more.",
};

const keyOf = (limit: Limit, subject: string) => `${limit.name}:${subject}`;

export class RateLimitedError extends AppError {
  constructor(
    limit: Limit,
    /** Until the latest of the exceeded windows resets. */
    readonly retryAfterSeconds: number,
  ) {
    super(`rate_limit:${limit.surface}`, limit.message);
  }
}

/**
 * Counts one attempt against each limit and throws RateLimitedError when any is over. Returns
 * what to call when the attempt succeeds: each slot is handed back (or, with forgiveOnSuccess,
 * the subject's failures are wiped).
 */
export async function takeAttempt(...slots: [Limit, string][]): Promise<() => Promise<void>> {
  const states = await hitRateLimits(slots.map(([limit, subject]) => ({ key: keyOf(limit, subject), windowMs: limit.windowMs })));
  const over = slots.map(([limit], i) => ({ limit, state: states[i]! })).filter(({ limit, state }) => state.count > limit.max);
  if (over.length > 0) {
    const until = Math.max(...over.map(({ state }) => state.resetAt.getTime()));
    throw new RateLimitedError(over[0]!.limit, Math.max(1, Math.ceil((until - Date.now()) / 1000)));
  }
  return async () => {
    await Promise.all(slots.map(([limit, subject]) => (limit.forgiveOnSuccess ? clearRateLimit : refundRateLimit)(keyOf(limit, subject))));
  };
}
