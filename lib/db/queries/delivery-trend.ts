import "server-only";
// The spoken answers of a student's finished interviews, for the delivery trend on their
// dashboard (lib/speech/delivery-trend.ts does the arithmetic). One query: the newest completed
// interviews that have a spoken answer, each with only those answers' text and timing.
import { TREND_INTERVIEWS, type TrendSession } from "@/lib/speech/delivery-trend";
import { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";

/** A turn whose stored answer has its timing (`answerExtra.spoken`): typed answers have none. */
const SPOKEN = { answerText: { not: null }, answerExtra: { path: ["spoken"], not: Prisma.AnyNull } } satisfies Prisma.TurnWhereInput;

/** The student's own completed interviews with a spoken answer, newest first (class and job practice alike). */
export async function spokenAnswersByInterview(studentId: string, take = TREND_INTERVIEWS): Promise<TrendSession[]> {
  const db = await getDb();
  const sessions = await db.interviewSession.findMany({
    where: { studentId, status: "COMPLETED", completedAt: { not: null }, turns: { some: SPOKEN } },
    orderBy: { completedAt: "desc" },
    take,
    select: {
      id: true,
      title: true,
      completedAt: true,
      // A class interview shows its topic's current name, as the rest of the dashboard does.
      topic: { select: { name: true } },
      turns: { where: SPOKEN, select: { answerText: true, answerExtra: true } },
    },
  });
  return sessions.map((s) => ({ id: s.id, title: s.topic?.name ?? s.title, completedAt: s.completedAt!, turns: s.turns }));
}
