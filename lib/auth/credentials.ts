import "server-only";
// The credentials check behind login, with failed attempts limited per email and per IP
// (the IP is the socket's, or the trusted proxy's view of it: lib/auth/client-ip.ts).
import type { Role } from "@/lib/domain";
import { findUserForLogin } from "@/lib/db/queries/users";
import { LOGIN_PER_EMAIL, LOGIN_PER_IP, RateLimitedError, takeAttempt } from "@/lib/rate-limits";
import { DUMMY_HASH, verifyPassword } from "./password";

export const MAX_FAILURES_PER_EMAIL = LOGIN_PER_EMAIL.max;
export const MAX_FAILURES_PER_IP = LOGIN_PER_IP.max;

export type CredentialsResult =
  | { ok: true; user: { id: string; name: string; email: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

export async function checkCredentials(email: string, password: string, ip: string): Promise<CredentialsResult> {
  // Counted before the password is compared (lib/rate-limits.ts), so simultaneous guesses
  // cannot all be checked. A success forgives the account's failures and gives the network
  // (a school NAT where a whole class logs in) its slot back.
  let succeeded: () => Promise<void>;
  try {
    succeeded = await takeAttempt([LOGIN_PER_EMAIL, email.trim().toLowerCase()], [LOGIN_PER_IP, ip]);
  } catch (error) {
    if (error instanceof RateLimitedError) return { ok: false, reason: "rate_limited", retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
  const user = await findUserForLogin(email);
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  await succeeded();
  const { passwordHash: _omit, ...publicUser } = user;
  return { ok: true, user: publicUser };
}
