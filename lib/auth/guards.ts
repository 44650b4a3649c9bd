import "server-only";
// The guards every page, server action and route handler calls. The proxy only redirects;
// these are the real check. The user is re-read from the database so a deleted account
// or changed role takes effect at once, not when the JWT expires.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { findUserById, type PublicUser } from "@/lib/db/queries/users";
import { homePathFor, type Role } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { auth } from "./index";

export type SessionUser = PublicUser;
/** "throw" for actions and route handlers (AppError → status); "redirect" for pages. */
export type GuardMode = "throw" | "redirect";

// Decoding the session cookie (key derivation + decryption, then re-encryption to slide its
// expiry) costs a few ms of CPU per request — a fifth of an answer's server time under load.
// A cookie already decoded recently maps straight to its user id; the user is still re-read
// from the database below, so a deleted account or a changed role takes effect at once.
const DECODED_TTL_MS = 60_000;
const decoded = new Map<string, { userId: string; until: number }>();

async function sessionCookie(): Promise<string | null> {
  try {
    const jar = await cookies();
    return jar.get("__Secure-authjs.session-token")?.value ?? jar.get("authjs.session-token")?.value ?? null;
  } catch {
    return null; // outside a request (scripts, tests)
  }
}

async function sessionUserId(): Promise<string | null> {
  const raw = await sessionCookie();
  const hit = raw ? decoded.get(raw) : undefined;
  if (hit && hit.until > Date.now()) return hit.userId;
  const id = (await auth())?.user?.id ?? null;
  if (raw && id) {
    if (decoded.size > 10_000) decoded.clear(); // bounded: a cache, not a session store
    decoded.set(raw, { userId: id, until: Date.now() + DECODED_TTL_MS });
  }
  return id;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  const id = await sessionUserId();
  if (!id) return null;
  return findUserById(id);
}

export async function requireUser(mode: GuardMode = "throw"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    if (mode === "redirect") redirect("/login");
    throw new AppError("unauthorized:session");
  }
  return user;
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
