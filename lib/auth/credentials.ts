import "server-only";
// The credentials check behind login, with failed attempts limited per email and per IP
// (the IP is the socket's, or the trusted proxy's view of it: lib/auth/client-ip.ts).
import type { Role } from "@/lib/domain";
import { clearRateLimit, hitRateLimit, refundRateLimit } from "@/lib/db/queries/rate-limit";
import { findUserForLogin } from "@/lib/db/queries/users";
import { DUMMY_HASH, verifyPassword } from "./password";

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 10;
// Higher per IP: a whole class often logs in from one school NAT address.
export const MAX_FAILURES_PER_IP = 50;

export type CredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export async function checkCredentials(email: string, password: string, ip: string): Promise<CredentialsResult> {
  const emailKey = `login:email:${email.trim().toLowerCase()}`;
  const ipKey = `login:ip:${ip}`;
  // Count first, check second: simultaneous guesses each take a slot before any password is
  // compared, so no more than the limit are ever checked, however many arrive at once.
  const [byEmail, byIp] = await Promise.all([hitRateLimit(emailKey, LOGIN_WINDOW_MS), hitRateLimit(ipKey, LOGIN_WINDOW_MS)]);
  const blocked = [
    byEmail.count > MAX_FAILURES_PER_EMAIL ? byEmail.resetAt : null,
    byIp.count > MAX_FAILURES_PER_IP ? byIp.resetAt : null,
  ].filter((d): d is Date => d !== null);
  if (blocked.length > 0) {
    const until = Math.max(...blocked.map((d) => d.getTime()));
    return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.max(1, Math.ceil((until - Date.now()) / 1000)) };
  }

  const user = await findUserForLogin(email);
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  // A success was not a failure: the account starts afresh, and the network (a school NAT
  // where a whole class logs in) gets its slot back.
  await Promise.all([clearRateLimit(emailKey), refundRateLimit(ipKey)]);
  const { passwordHash: _omit, ...publicUser } = user;
  return { ok: true, user: publicUser };
}
