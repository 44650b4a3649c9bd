import "server-only";
// Page helpers: a 404 from the data layer or service (not theirs, or no such id) becomes the
// not-found page rather than an error page.
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireInstructor } from "@/lib/auth/guards";
import { can } from "@/lib/class-roles";
import { classAccess } from "@/lib/db/queries/class-access";
import { AppError } from "@/lib/errors";

export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export function instructorPage() {
  return requireInstructor("redirect");
}

/**
 * A class page's caller and their standing in the class: the layout and the page both ask, once
 * per request (cache). Someone who does not teach the class gets the not-found page.
 */
export const classPage = cache(async (batchId: string) => {
  const user = await instructorPage();
  const batch = await orNotFound(classAccess(batchId, user.id, "view"));
  return { user, batch, role: batch.role, canManage: can(batch.role, "manage") };
});
