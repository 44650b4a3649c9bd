import "server-only";
// Readiness for /api/health: does the database answer at all?
import { getDb } from "../client";

/** True when the database answers a trivial query. */
export async function databaseAnswers(): Promise<boolean> {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    console.error("[health] database check failed", error);
    return false;
  }
}
