import "server-only";
// The guards every page, server action and route handler calls. The proxy only redirects;
// these are the real check. The user is re-read from the database so a deleted account
// or changed role takes effect at once, not when the JWT expires.
import { redirect } from "next/navigation";
import { findUserById, type PublicUser } from "@/lib/db/queries/users";
import { homePathFor, type Role } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { auth } from "./index";

export type SessionUser = PublicUser;
/** "throw" for actions and route handlers (AppError → status); "redirect" for pages. */
export type GuardMode = "throw" | "redirect";

export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = session?.user?.id;
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
