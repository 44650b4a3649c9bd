import "server-only";
// Class leaderboards as SQL aggregates: the database scores and ranks every student of a class
// and returns only the rows shown (the top places and the viewer's own), so a class of 500
// students × 20 topics never comes into JS. Callers check access first: the instructor's pages
// with classAccess(), the student's with their own active enrollment (studentLeaderboards).
// Who is left out, always: removed students, deleted accounts, and students who hid themselves
// (those see their own score, marked hidden, and nobody else sees them).
import { AppError } from "@/lib/errors";
import { asPeriod, LEADERBOARD_TOP, type LeaderboardSettings } from "@/lib/leaderboard/settings";
import { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";

type BatchLeaderboardColumns = {
  leaderboardEnabled: boolean;
  leaderboardMetric: LeaderboardSettings["metric"];
  leaderboardDays: number | null;
  leaderboardNames: LeaderboardSettings["names"];
};

export function settingsOf(batch: BatchLeaderboardColumns): LeaderboardSettings {
  return { enabled: batch.leaderboardEnabled, metric: batch.leaderboardMetric, days: asPeriod(batch.leaderboardDays), names: batch.leaderboardNames };
}

/** Saves a class's leaderboard settings (the caller checked the owner). */
export async function saveLeaderboardSettings(batchId: string, settings: LeaderboardSettings): Promise<void> {
  const db = await getDb();
  await db.batch.update({
    where: { id: batchId },
    data: { leaderboardEnabled: settings.enabled, leaderboardMetric: settings.metric, leaderboardDays: settings.days, leaderboardNames: settings.names },
  });
}

/** The student hides themself from (or returns to) a class's leaderboard; only their own, active enrollment. */
export async function setLeaderboardHidden(batchId: string, studentId: string, hidden: boolean): Promise<void> {
  const db = await getDb();
  const { count } = await db.enrollment.updateMany({ where: { batchId, studentId, removedAt: null }, data: { hideFromLeaderboard: hidden } });
  if (count === 0) throw new AppError("not_found:enrollment", "You are not in that class.");
}

/** A ranked row: `rank` is shared by ties (1, 1, 3); `place` orders rows (ties by name). */
export type RankedRow = { studentId: string; name: string; score: number; rank: number; place: number };
export type Board = {
  /** The top places, and the viewer's own row when it is lower (never a hidden student's). */
  rows: RankedRow[];
  /** Students ranked (visible and with a score). */
  ranked: number;
  /** Active students who hid themselves (a count only: who did is theirs to know). */
  hidden: number;
  /** The viewer's own standing: hidden (their score, not ranked), ranked, or not ranked yet (null score). */
  viewer: { hidden: boolean; score: number | null } | null;
};

/** Each student's score (unrounded) for the class's metric, as a CTE body "scores(studentId, score)". */
function scoresSql(batchId: string, settings: LeaderboardSettings, now: Date): Prisma.Sql {
  if (settings.metric === "POINTS") {
    // A completed class interview earns round(score / 10) points (lib/leaderboard/settings.ts pointsFor).
    const since = settings.days === null ? Prisma.empty : Prisma.sql`AND "completedAt" >= ${now}::timestamptz - make_interval(days => ${settings.days}::int)`;
    return Prisma.sql`
      SELECT "studentId", sum(round(("overallScore" / 10)::numeric))::float8 AS score
      FROM "InterviewSession"
      WHERE "batchId" = ${batchId} AND "topicId" IS NOT NULL AND status = 'COMPLETED' AND "overallScore" IS NOT NULL
        AND "completedAt" <= ${now}::timestamptz ${since}
      GROUP BY 1`;
  }
  // Best per topic, averaged over the topics counted: open ones and any the class has practised
  // (locking a finished topic keeps its scores); a counted topic the student has not tried is 0.
  return Prisma.sql`
    WITH practised AS (
      SELECT "studentId", "topicId", max("overallScore") AS best
      FROM "InterviewSession"
      WHERE "batchId" = ${batchId} AND "topicId" IS NOT NULL AND status = 'COMPLETED' AND "overallScore" IS NOT NULL
      GROUP BY 1, 2
    ), counted AS (
      SELECT t.id FROM "Topic" t
      WHERE t."batchId" = ${batchId} AND t."archivedAt" IS NULL
        AND (t.unlocked OR EXISTS (SELECT 1 FROM practised p WHERE p."topicId" = t.id))
    )
    SELECT p."studentId", (sum(p.best) / (SELECT count(*) FROM counted))::float8 AS score
    FROM practised p WHERE p."topicId" IN (SELECT id FROM counted)
    GROUP BY 1`;
}

/**
 * The class's board as `viewerId` sees it (null: the instructor, who sees the same rows). Scores
 * are rounded before ranking, so two students shown with the same score share a rank.
 */
export async function classLeaderboard(
  batchId: string,
  settings: LeaderboardSettings,
  viewerId: string | null,
  { now = new Date(), top = LEADERBOARD_TOP }: { now?: Date; top?: number } = {},
): Promise<Board> {
  const db = await getDb();
  // One statement (each CTE computed once), answering one row: the rows shown, the counts and the
  // viewer's own standing.
  const [result] = await db.$queryRaw<{ rows: RankedRow[]; ranked: number; hidden: number; viewer: Board["viewer"] }[]>`
    WITH scores AS (${scoresSql(batchId, settings, now)}),
    members AS (
      SELECT e."studentId", u.name, e."hideFromLeaderboard" AS hidden
      FROM "Enrollment" e JOIN "User" u ON u.id = e."studentId"
      WHERE e."batchId" = ${batchId} AND e."removedAt" IS NULL AND u."deletedAt" IS NULL
    ),
    ranked AS (
      SELECT m."studentId", m.name, round(s.score)::int AS score,
             rank() OVER (ORDER BY round(s.score) DESC)::int AS rank,
             row_number() OVER (ORDER BY round(s.score) DESC, m.name, m."studentId")::int AS place
      FROM members m JOIN scores s ON s."studentId" = m."studentId"
      WHERE NOT m.hidden
    )
    SELECT
      (SELECT coalesce(json_agg(r ORDER BY r.place), '[]'::json) FROM (
         SELECT "studentId", name, score, rank, place FROM ranked WHERE place <= ${top}::int OR "studentId" = ${viewerId}::text
       ) r) AS rows,
      (SELECT count(*) FROM ranked)::int AS ranked,
      (SELECT count(*) FROM members WHERE hidden)::int AS hidden,
      (SELECT json_build_object('hidden', m.hidden, 'score', round(s.score)::int)
         FROM members m LEFT JOIN scores s ON s."studentId" = m."studentId" WHERE m."studentId" = ${viewerId}::text) AS viewer`;
  return { rows: result?.rows ?? [], ranked: result?.ranked ?? 0, hidden: result?.hidden ?? 0, viewer: result?.viewer ?? null };
}

/** The instructor's view of a class's leaderboard (the caller checked access with classAccess). */
export async function instructorLeaderboard(batch: { id: string } & BatchLeaderboardColumns) {
  const settings = settingsOf(batch);
  return { settings, board: await classLeaderboard(batch.id, settings, null) };
}

/** The leaderboards of the student's classes that have one on, each as this student sees it. */
export async function studentLeaderboards(studentId: string) {
  const db = await getDb();
  const classes = await db.batch.findMany({
    where: { archivedAt: null, leaderboardEnabled: true, enrollments: { some: { studentId, removedAt: null } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, leaderboardEnabled: true, leaderboardMetric: true, leaderboardDays: true, leaderboardNames: true },
  });
  return Promise.all(
    classes.map(async (c) => {
      const settings = settingsOf(c);
      return { batchId: c.id, batchName: c.name, settings, board: await classLeaderboard(c.id, settings, studentId) };
    }),
  );
}
