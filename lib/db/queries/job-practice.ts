import "server-only";
// Job-practice reads: which built-in bank questions a student has been asked (so a new
// interview starts with the ones seen least), and their job-practice interviews.
import type { Dimension } from "@/lib/grading/types";
import { readSetup, type StoredSetup } from "@/lib/job-practice/stored-setup";
import { getDb } from "../client";

/** How often this student was asked each built-in bank question as a main question (single interviews and loop rounds). */
export async function bankTimesAsked(studentId: string): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db.turn.groupBy({
    by: ["bankQuestionId"],
    where: { kind: "MAIN", bankQuestionId: { not: null }, session: { studentId, source: { in: ["JOB_PRACTICE", "JOB_LOOP_ROUND"] } } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.bankQuestionId!, r._count._all]));
}

/** The dimensions a turn is graded on (columns of Turn, 0–100). */

const RECENT = 10;
/** Roles shown on the practice page, most practised first. */
const MAX_ROLES = 12;
/** Points kept per role's trend and in the dimension trend: the latest ones. */
const MAX_POINTS = 30;

export type JobPracticeOpen = { id: string; title: string; answered: number; startedAt: Date };
export type JobPracticeRecent = {
  id: string;
  title: string;
  setup: StoredSetup | null;
  status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED";
  score: number | null;
  answered: number;
  /** Main questions answered, and planned: fewer means it ended early. */
  mainAnswered: number;
  planned: number | null;
  date: Date;
};
export type RoleTrend = { key: string; role: string; count: number; best: number; latest: number; points: { date: string; score: number }[] };
export type DimensionPoint = { sessionId: string; title: string; date: string } & Record<Dimension, number | null>;
export type JobPracticeHome = { open: JobPracticeOpen | null; recent: JobPracticeRecent[]; byRole: RoleTrend[]; dimensionTrend: DimensionPoint[] };

const round = (n: number | null) => (n === null ? null : Math.round(n));

/**
 * Everything the job-practice page shows, for one student and their job-practice interviews
 * only (class interviews have the student home). Trends are SQL aggregates: scores grouped by
 * role (case-insensitive title), dimension means grouped by session.
 */
export async function jobPracticeHome(studentId: string): Promise<JobPracticeHome> {
  const db = await getDb();
  const mine = { studentId, source: "JOB_PRACTICE" as const };
  const [sessions, roles, dimensions] = await Promise.all([
    db.interviewSession.findMany({
      where: mine,
      orderBy: { startedAt: "desc" },
      take: RECENT,
      select: {
        id: true,
        title: true,
        setup: true,
        status: true,
        overallScore: true,
        startedAt: true,
        completedAt: true,
        questionCount: true,
        turns: { where: { verdict: { not: null } }, select: { kind: true } },
      },
    }),
    // Per role: its display name is the latest spelling; points are oldest first, the latest MAX_POINTS.
    db.$queryRaw<{ key: string; role: string; count: number; best: number; latest: number; points: { date: string; score: number }[] }[]>`
      SELECT lower(title) AS key,
             (array_agg(title ORDER BY "completedAt" DESC))[1] AS role,
             count(*)::int AS count,
             round(max("overallScore"))::int AS best,
             round((array_agg("overallScore" ORDER BY "completedAt" DESC))[1])::int AS latest,
             json_agg(json_build_object(
               'date', to_char("completedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
               'score', round("overallScore")::int) ORDER BY "completedAt") AS points
      FROM "InterviewSession"
      WHERE "studentId" = ${studentId} AND source = 'JOB_PRACTICE' AND status = 'COMPLETED'
        AND "overallScore" IS NOT NULL AND "completedAt" IS NOT NULL
      GROUP BY lower(title)
      ORDER BY count(*) DESC, max("completedAt") DESC
      LIMIT ${MAX_ROLES}`,
    // Per completed session: the mean of its answered (graded) turns' dimension scores.
    db.$queryRaw<({ sessionId: string; title: string; date: Date } & Record<Dimension, number | null>)[]>`
      SELECT s.id AS "sessionId", s.title, s."completedAt" AS date,
             avg(t.relevance)::float8 AS relevance, avg(t.accuracy)::float8 AS accuracy,
             avg(t.depth)::float8 AS depth, avg(t.clarity)::float8 AS clarity
      FROM "InterviewSession" s
      JOIN "Turn" t ON t."sessionId" = s.id
      WHERE s."studentId" = ${studentId} AND s.source = 'JOB_PRACTICE' AND s.status = 'COMPLETED'
        AND s."completedAt" IS NOT NULL AND t."answerText" IS NOT NULL AND t.verdict IS NOT NULL
      GROUP BY s.id
      ORDER BY s."completedAt" DESC
      LIMIT ${MAX_POINTS}`,
  ]);

  const open = sessions.find((s) => s.status === "IN_PROGRESS") ?? (await findOpen(studentId));
  return {
    open: open ? { id: open.id, title: open.title, answered: "turns" in open ? open.turns.length : open._count.turns, startedAt: open.startedAt } : null,
    recent: sessions.map((s) => ({
      id: s.id,
      title: s.title,
      setup: readSetup(s.setup),
      status: s.status,
      score: round(s.overallScore),
      answered: s.turns.length,
      mainAnswered: s.turns.filter((t) => t.kind === "MAIN").length,
      planned: s.questionCount,
      date: s.completedAt ?? s.startedAt,
    })),
    byRole: roles.map((r) => ({ ...r, points: r.points.slice(-MAX_POINTS) })),
    dimensionTrend: dimensions.reverse().map((d) => ({
      sessionId: d.sessionId,
      title: d.title,
      date: d.date.toISOString(),
      relevance: round(d.relevance),
      accuracy: round(d.accuracy),
      depth: round(d.depth),
      clarity: round(d.clarity),
    })),
  };
}

/** The open job-practice interview when it is older than the recent list (there is at most one). */
async function findOpen(studentId: string) {
  const db = await getDb();
  return db.interviewSession.findFirst({
    where: { studentId, source: "JOB_PRACTICE", status: "IN_PROGRESS" },
    select: { id: true, title: true, startedAt: true, _count: { select: { turns: { where: { verdict: { not: null } } } } } },
  });
}
