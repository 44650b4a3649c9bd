import "server-only";
// Job-practice reads: which built-in bank questions a student has been asked (so a new
// interview starts with the ones seen least), and their job-practice interviews.
import { getDb } from "../client";

/** How often this student was asked each built-in bank question as a main question. */
export async function bankTimesAsked(studentId: string): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db.turn.groupBy({
    by: ["bankQuestionId"],
    where: { kind: "MAIN", bankQuestionId: { not: null }, session: { studentId, source: "JOB_PRACTICE" } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.bankQuestionId!, r._count._all]));
}
