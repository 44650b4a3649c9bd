import "server-only";
// The batch's results as rows for CSV export. Callers check ownership first (ownedBatch).
import { getDb } from "../client";

/**
 * Long format: one row per answered turn, for spreadsheets and stats packages. `feedback` is what
 * the student reads (the instructor's after an override); `override_reason` is the latest override's.
 */
export async function exportTurns(batchId: string) {
  const db = await getDb();
  return db.$queryRaw<Record<string, string | number | Date | null>[]>`
    SELECT s.id AS session_id, u.name AS student, u.email, t.name AS topic, s.status::text AS session_status,
           s."startedAt" AS started_at, s."completedAt" AS completed_at, s."overallScore" AS session_score,
           tr.index + 1 AS turn, tr.kind::text AS kind, tr."questionText" AS question, tr."answerText" AS answer,
           tr.verdict::text AS verdict, tr.score, tr.relevance, tr.accuracy, tr.depth, tr.clarity, tr.grader,
           tr.feedback,
           EXISTS (SELECT 1 FROM "GradeOverride" g WHERE g."turnId" = tr.id) AS overridden,
           (SELECT g.reason FROM "GradeOverride" g WHERE g."turnId" = tr.id ORDER BY g."createdAt" DESC LIMIT 1) AS override_reason
    FROM "Turn" tr
    JOIN "InterviewSession" s ON s.id = tr."sessionId"
    JOIN "User" u ON u.id = s."studentId"
    JOIN "Topic" t ON t.id = s."topicId"
    WHERE s."batchId" = ${batchId} AND tr."answerText" IS NOT NULL
    ORDER BY u.name, s."startedAt", tr.index`;
}

export async function exportStudents(batchId: string) {
  const db = await getDb();
  return db.$queryRaw<Record<string, string | number | Date | null>[]>`
    SELECT u.name AS student, u.email, e."joinedAt" AS joined_at,
           CASE WHEN e."removedAt" IS NULL THEN 'enrolled' ELSE 'removed' END AS enrollment,
           count(s.id) FILTER (WHERE s.status = 'COMPLETED')::int AS completed_interviews,
           round(avg(s."overallScore") FILTER (WHERE s.status = 'COMPLETED')::numeric, 1)::float8 AS average_score,
           max(s."overallScore") FILTER (WHERE s.status = 'COMPLETED')::float8 AS best_score,
           max(s."lastActiveAt") AS last_active
    FROM "Enrollment" e
    JOIN "User" u ON u.id = e."studentId"
    LEFT JOIN "InterviewSession" s ON s."studentId" = e."studentId" AND s."batchId" = e."batchId"
    WHERE e."batchId" = ${batchId}
    GROUP BY u.id, e.id
    ORDER BY u.name`;
}
