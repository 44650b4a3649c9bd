import "server-only";
// The guards every page, server action and route handler calls. The proxy only redirects;
// these are the real check. The user is re-read from the database so a deleted account, a
// changed role or a revoked session (logout anywhere, new password) takes effect at once, not
// when the cookie expires: the cookie must carry the account's current sessionVersion and role.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { findSessionUser, type PublicUser } from "@/lib/db/queries/users";
import { homePathFor, type Role } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { auth } from "./index";

export type SessionUser = PublicUser;
/** "throw" for actions and route handlers (AppError → status); "redirect" for pages. */
export type GuardMode = "throw" | "redirect";

export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;
/** Clears a cookie that no longer opens a session, then goes to /login (pages cannot set cookies). */
export const END_STALE_SESSION_PATH = "/api/session/expired";

type CookieClaims = { userId: string; role: Role; sessionVersion: number };

// Decoding the session cookie (key derivation + decryption, then re-encryption to slide its
// expiry) costs a few ms of CPU per request — a fifth of an answer's server time under load.
// A cookie already decoded recently maps straight to its claims; the user is still re-read
// from the database below, so revocation takes effect at once.
const DECODED_TTL_MS = 60_000;
const decoded = new Map<string, CookieClaims & { until: number }>();

async function sessionCookie(): Promise<string | null> {
  try {
    const jar = await cookies();
    return SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean) ?? null;
  } catch {
    return null; // outside a request (scripts, tests)
  }
}

async function cookieClaims(raw: string | null): Promise<CookieClaims | null> {
  const hit = raw ? decoded.get(raw) : undefined;
  if (hit && hit.until > Date.now()) return hit;
  const user = (await auth())?.user;
  if (!user?.id || !user.role) return null;
  const claims = { userId: user.id, role: user.role, sessionVersion: user.sessionVersion };
  if (raw) {
    if (decoded.size > 10_000) decoded.clear(); // bounded: a cache, not a session store
    decoded.set(raw, { ...claims, until: Date.now() + DECODED_TTL_MS });
  }
  return claims;
}

/** The signed-in user, or why there is none: no cookie, or a cookie that no longer matches. */
export const sessionState = cache(async (): Promise<{ user: SessionUser | null; stale: boolean }> => {
  const raw = await sessionCookie();
  const claims = await cookieClaims(raw);
  if (!claims) return { user: null, stale: raw !== null };
  const found = await findSessionUser(claims.userId);
  if (!found || found.sessionVersion !== claims.sessionVersion || found.role !== claims.role) return { user: null, stale: true };
  const { sessionVersion: _version, ...user } = found;
  return { user, stale: false };
});

/** Deletes the session cookies; allowed in server actions and route handlers only. */
export async function clearSessionCookies(): Promise<boolean> {
  try {
    const jar = await cookies();
    for (const name of SESSION_COOKIES) {
      if (jar.get(name)) jar.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
    }
    return true;
  } catch {
    return false; // a Server Component render: the page redirects to END_STALE_SESSION_PATH instead
  }
}

export async function getSessionUser(): Promise<SessionUser | null> {
  const { user, stale } = await sessionState();
  if (stale) await clearSessionCookies();
  return user;
}

export async function requireUser(mode: GuardMode = "throw"): Promise<SessionUser> {
  const { user, stale } = await sessionState();
  if (user) return user;
  if (mode === "redirect") redirect(stale ? END_STALE_SESSION_PATH : "/login");
  if (stale) await clearSessionCookies();
  throw new AppError("unauthorized:session", stale ? "Your session has ended. Log in again." : undefined);
}

async function requireRole(role: Role, mode: GuardMode): Promise<SessionUser> {
  const user = await requireUser(mode);
  if (user.role !== role) {
    if (mode === "redirect") redirect(homePathFor(user.role));
    throw new AppError("forbidden:session", role === "INSTRUCTOR" ? "Only instructors can do that." : "Only students can do that.");
  }
  return user;
}

export function requireInstructor(mode: GuardMode = "throw"): Promise<SessionUser> {
  return requireRole("INSTRUCTOR", mode);
}

export function requireStudent(mode: GuardMode = "throw"): Promise<SessionUser> {
  return requireRole("STUDENT", mode);
}
