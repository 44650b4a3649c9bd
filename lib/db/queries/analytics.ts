import "server-only";
// Batch analytics as SQL aggregates (the database does the counting; a 10,000-session batch
// is never loaded into JS). Callers check ownership first (ownedBatch).
import { getDb } from "../client";

import { AT_RISK_IDLE_DAYS, AT_RISK_SCORE, HEATMAP_MAX_STUDENTS } from "@/lib/analytics-settings";

export async function sessionsOverTime(batchId: string, days = 30) {
  const db = await getDb();
  return db.$queryRaw<{ day: Date; started: number; completed: number }[]>`
    SELECT date_trunc('day', "startedAt") AS day,
           count(*)::int AS started,
           count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed
    FROM "InterviewSession"
    WHERE "batchId" = ${batchId} AND "startedAt" >= now() - make_interval(days => ${days}::int)
    GROUP BY 1 ORDER BY 1`;
}

/** Completed sessions per 10-point score band (0–9 … 90–100). */
export async function scoreHistogram(batchId: string) {
  const db = await getDb();
  const rows = await db.$queryRaw<{ bucket: number; count: number }[]>`
    SELECT LEAST(width_bucket("overallScore", 0, 100, 10), 10)::int AS bucket, count(*)::int AS count
    FROM "InterviewSession"
    WHERE "batchId" = ${batchId} AND status = 'COMPLETED' AND "overallScore" IS NOT NULL
    GROUP BY 1 ORDER BY 1`;
  const counts = new Map(rows.map((r) => [r.bucket, r.count]));
  return Array.from({ length: 10 }, (_, i) => ({ band: i === 9 ? "90–100" : `${i * 10}–${i * 10 + 9}`, count: counts.get(i + 1) ?? 0 }));
}

export async function topicAverages(batchId: string) {
  const db = await getDb();
  return db.$queryRaw<{ topicId: string; name: string; completed: number; average: number | null }[]>`
    SELECT t.id AS "topicId", t.name,
           count(s.id) FILTER (WHERE s.status = 'COMPLETED')::int AS completed,
           avg(s."overallScore") FILTER (WHERE s.status = 'COMPLETED')::float8 AS average
    FROM "Topic" t LEFT JOIN "InterviewSession" s ON s."topicId" = t.id
    WHERE t."batchId" = ${batchId} AND t."archivedAt" IS NULL
    GROUP BY t.id ORDER BY t.position`;
}

/** Best score per student and topic, for the students who need attention first (lowest average). */
export async function heatmap(batchId: string, limit = HEATMAP_MAX_STUDENTS) {
  const db = await getDb();
  const [students, cells, total] = await Promise.all([
    db.$queryRaw<{ studentId: string; name: string; average: number | null }[]>`
      SELECT e."studentId", u.name, avg(s."overallScore")::float8 AS average
      FROM "Enrollment" e
      JOIN "User" u ON u.id = e."studentId"
      LEFT JOIN "InterviewSession" s ON s."studentId" = e."studentId" AND s."batchId" = e."batchId" AND s.status = 'COMPLETED'
      WHERE e."batchId" = ${batchId} AND e."removedAt" IS NULL
      GROUP BY e."studentId", u.name
      ORDER BY average ASC NULLS FIRST, u.name
      LIMIT ${limit}`,
    db.$queryRaw<{ studentId: string; topicId: string; best: number; attempts: number }[]>`
      SELECT "studentId", "topicId", max("overallScore")::float8 AS best, count(*)::int AS attempts
      FROM "InterviewSession"
      WHERE "batchId" = ${batchId} AND status = 'COMPLETED'
      GROUP BY 1, 2`,
    db.enrollment.count({ where: { batchId, removedAt: null } }),
  ]);
  const shown = new Set(students.map((s) => s.studentId));
  return { students, cells: cells.filter((c) => shown.has(c.studentId)), total };
}

/** Students whose latest three scores average below the threshold, or who have been idle for days. */
export async function atRiskStudents(batchId: string, scoreBelow = AT_RISK_SCORE, idleDays = AT_RISK_IDLE_DAYS) {
  const db = await getDb();
  return db.$queryRaw<{ studentId: string; name: string; email: string; recentAverage: number | null; lastActive: Date | null; reason: string }[]>`
    WITH ranked AS (
      SELECT "studentId", "overallScore",
             row_number() OVER (PARTITION BY "studentId" ORDER BY "completedAt" DESC) AS rn
      FROM "InterviewSession"
      WHERE "batchId" = ${batchId} AND status = 'COMPLETED' AND "overallScore" IS NOT NULL
    ), recent AS (
      SELECT "studentId", avg("overallScore")::float8 AS avg3 FROM ranked WHERE rn <= 3 GROUP BY 1
    ), activity AS (
      SELECT "studentId", max("lastActiveAt") AS last_active FROM "InterviewSession" WHERE "batchId" = ${batchId} GROUP BY 1
    )
    SELECT e."studentId", u.name, u.email, r.avg3 AS "recentAverage", a.last_active AS "lastActive",
           CASE WHEN r.avg3 < ${scoreBelow}::float8 THEN 'low recent scores' ELSE 'inactive' END AS reason
    FROM "Enrollment" e
    JOIN "User" u ON u.id = e."studentId"
    LEFT JOIN recent r ON r."studentId" = e."studentId"
    LEFT JOIN activity a ON a."studentId" = e."studentId"
    WHERE e."batchId" = ${batchId} AND e."removedAt" IS NULL
      AND (r.avg3 < ${scoreBelow}::float8 OR coalesce(a.last_active, e."joinedAt") < now() - make_interval(days => ${idleDays}::int))
    ORDER BY r.avg3 ASC NULLS LAST, a.last_active ASC NULLS FIRST
    LIMIT 50`;
}

/** Per question: how often asked, mean score, verdict mix — hardest first, to spot confusing questions. */
export async function questionStats(batchId: string, limit = 100) {
  const db = await getDb();
  // Turns are aggregated per question first, and only the (at most a few hundred) results joined
  // to their question and topic: a large class has hundreds of thousands of turns.
  return db.$queryRaw<{ questionId: string; text: string; difficulty: string; topic: string; asked: number; mean: number; strong: number; shallow: number; wrong: number }[]>`
    WITH per_question AS (
      SELECT tr."questionId", count(*)::int AS asked, avg(tr.score)::float8 AS mean,
             count(*) FILTER (WHERE tr.verdict = 'STRONG')::int AS strong,
             count(*) FILTER (WHERE tr.verdict = 'SHALLOW')::int AS shallow,
             count(*) FILTER (WHERE tr.verdict = 'WRONG')::int AS wrong
      FROM "Turn" tr
      JOIN "InterviewSession" s ON s.id = tr."sessionId"
      WHERE s."batchId" = ${batchId} AND tr.kind = 'MAIN' AND tr.verdict IS NOT NULL AND tr."questionId" IS NOT NULL
      GROUP BY tr."questionId"
    )
    SELECT q.id AS "questionId", q.text, q.difficulty::text AS difficulty, t.name AS topic, p.asked, p.mean, p.strong, p.shallow, p.wrong
    FROM per_question p
    JOIN "Question" q ON q.id = p."questionId"
    JOIN "Topic" t ON t.id = q."topicId"
    ORDER BY p.mean ASC
    LIMIT ${limit}`;
}

/** How often instructors changed the grader's verdict, per topic. Overrides are few, so they are counted from their own table. */
export async function graderDisagreement(batchId: string) {
  const db = await getDb();
  return db.$queryRaw<{ topicId: string; name: string; graded: number; overridden: number }[]>`
    WITH graded AS (
      SELECT s."topicId", count(*)::int AS graded
      FROM "InterviewSession" s JOIN "Turn" tr ON tr."sessionId" = s.id
      WHERE s."batchId" = ${batchId} AND tr.verdict IS NOT NULL
      GROUP BY 1
    ), overridden AS (
      SELECT s."topicId", count(DISTINCT g."turnId")::int AS overridden
      FROM "GradeOverride" g JOIN "Turn" tr ON tr.id = g."turnId" JOIN "InterviewSession" s ON s.id = tr."sessionId"
      WHERE s."batchId" = ${batchId}
      GROUP BY 1
    )
    SELECT t.id AS "topicId", t.name, g.graded, coalesce(o.overridden, 0)::int AS overridden
    FROM "Topic" t JOIN graded g ON g."topicId" = t.id LEFT JOIN overridden o ON o."topicId" = t.id
    WHERE t."batchId" = ${batchId}
    ORDER BY t.position`;
}

export async function batchDashboard(batchId: string) {
  const [overTime, histogram, topics, grid, atRisk, questions, disagreement] = await Promise.all([
    sessionsOverTime(batchId),
    scoreHistogram(batchId),
    topicAverages(batchId),
    heatmap(batchId),
    atRiskStudents(batchId),
    questionStats(batchId),
    graderDisagreement(batchId),
  ]);
  return { overTime, histogram, topics, grid, atRisk, questions, disagreement };
}

/** One student in one batch: their sessions, newest first. */
export async function studentInBatch(batchId: string, studentId: string) {
  const db = await getDb();
  const enrollment = await db.enrollment.findUnique({
    where: { batchId_studentId: { batchId, studentId } },
    include: { student: { select: { id: true, name: true, email: true } } },
  });
  if (!enrollment) return null;
  const sessions = await db.interviewSession.findMany({
    where: { batchId, studentId },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      overallScore: true,
      startedAt: true,
      completedAt: true,
      topic: { select: { id: true, name: true } },
      _count: { select: { turns: true } },
    },
  });
  return { enrollment, sessions };
}

/** How far a class is set up, for the checklist a new class shows instead of empty charts. */
export async function classSetup(batchId: string) {
  const db = await getDb();
  const [row] = await db.$queryRaw<{ topics: number; withQuestions: number; openWithQuestions: number; students: number; hasSessions: boolean; firstTopicId: string | null }[]>`
    SELECT
      (SELECT count(*)::int FROM "Topic" t WHERE t."batchId" = ${batchId} AND t."archivedAt" IS NULL) AS topics,
      (SELECT count(*)::int FROM "Topic" t WHERE t."batchId" = ${batchId} AND t."archivedAt" IS NULL
         AND EXISTS (SELECT 1 FROM "Question" q WHERE q."topicId" = t.id AND q."archivedAt" IS NULL)) AS "withQuestions",
      (SELECT count(*)::int FROM "Topic" t WHERE t."batchId" = ${batchId} AND t."archivedAt" IS NULL AND t.unlocked
         AND EXISTS (SELECT 1 FROM "Question" q WHERE q."topicId" = t.id AND q."archivedAt" IS NULL)) AS "openWithQuestions",
      (SELECT count(*)::int FROM "Enrollment" e WHERE e."batchId" = ${batchId} AND e."removedAt" IS NULL) AS students,
      EXISTS (SELECT 1 FROM "InterviewSession" s WHERE s."batchId" = ${batchId}) AS "hasSessions",
      (SELECT t.id FROM "Topic" t WHERE t."batchId" = ${batchId} AND t."archivedAt" IS NULL ORDER BY t.position LIMIT 1) AS "firstTopicId"`;
  return row!;
}
