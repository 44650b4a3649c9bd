import "server-only";
// Page helpers: a 404 from the data layer or service (not theirs, or no such id) becomes the
// not-found page rather than an error page.
import { notFound } from "next/navigation";
import { requireInstructor } from "@/lib/auth/guards";
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
