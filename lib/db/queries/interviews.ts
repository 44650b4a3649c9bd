import "server-only";
// Interview sessions and turns: the plain tables analytics and the UI read. The graph
// writes here as it goes (through InterviewStore), never the other way round.
import type { InterviewStore } from "@/lib/interview/types";
import type { Report } from "@/lib/interview/types";
import type { Evaluation } from "@/lib/grading/types";
import { getDb } from "../client";
import { isUniqueViolation } from "../errors";
import type { Prisma } from "../../../prisma/generated/client";

const VERDICT = { strong: "STRONG", shallow: "SHALLOW", wrong: "WRONG" } as const;

/** The topic if this student may start an interview on it: enrolled, unlocked, nothing archived. */
export async function findStartableTopic(studentId: string, topicId: string) {
  const db = await getDb();
  return db.topic.findFirst({
    where: {
      id: topicId,
      unlocked: true,
      archivedAt: null,
      batch: { archivedAt: null, enrollments: { some: { studentId, removedAt: null } } },
    },
    select: { id: true, name: true, batchId: true },
  });
}

export async function findOpenSession(studentId: string, topicId: string) {
  const db = await getDb();
  return db.interviewSession.findUnique({ where: { openKey: `${studentId}:${topicId}` } });
}

/** Creates the open session, or returns the one another request created a moment ago. */
export async function createOrGetOpenSession(input: { studentId: string; topicId: string; batchId: string; grader: string }) {
  const db = await getDb();
  const openKey = `${input.studentId}:${input.topicId}`;
  try {
    const session = await db.interviewSession.create({ data: { ...input, openKey } });
    return { session, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const session = await db.interviewSession.findUniqueOrThrow({ where: { openKey } });
    return { session, created: false };
  }
}

/** The topic's active questions with how often this student has been asked each before. */
export async function questionsForPlan(topicId: string, studentId: string) {
  const db = await getDb();
  const [questions, asked] = await Promise.all([
    db.question.findMany({
      where: { topicId, archivedAt: null },
      select: { id: true, text: true, difficulty: true, referenceAnswer: true, keyPoints: true },
      orderBy: { createdAt: "asc" },
    }),
    db.turn.groupBy({ by: ["questionId"], where: { kind: "MAIN", session: { studentId, topicId } }, _count: { _all: true } }),
  ]);
  const timesAsked = new Map(asked.map((a) => [a.questionId, a._count._all]));
  return questions.map((q) => ({ ...q, timesAsked: timesAsked.get(q.id) ?? 0 }));
}

export async function getSession(sessionId: string) {
  const db = await getDb();
  return db.interviewSession.findUnique({
    where: { id: sessionId },
    include: {
      topic: { select: { name: true, showFeedback: true, batch: { select: { instructorId: true, showFeedback: true } } } },
      turns: { orderBy: { index: "asc" } },
    },
  });
}

/** Who took it and when it finished, for the report header. */
export async function getSessionMeta(sessionId: string) {
  const db = await getDb();
  const s = await db.interviewSession.findUnique({ where: { id: sessionId }, select: { completedAt: true, student: { select: { name: true } } } });
  return s ? { completedAt: s.completedAt, studentName: s.student.name } : null;
}

/** Just what a write needs to check: owner, status, and whether it is ending. */
export async function getSessionOwner(sessionId: string) {
  const db = await getDb();
  return db.interviewSession.findUnique({ where: { id: sessionId }, select: { studentId: true, status: true, endRequestedAt: true } });
}

export type SessionWithTurns = NonNullable<Awaited<ReturnType<typeof getSession>>>;

/**
 * Claims turn `index` of the student's open session for this answer, in one statement (it is
 * on every turn's path). Exactly one caller wins per turn, however many submit at once. The
 * session row is updated first, so a claim and an end request (requestEnd) on the same
 * session serialise on its row lock: no answer is taken once the interview is ending.
 * Returns false when nothing was claimed; the caller then asks why.
 */
export async function claimTurnAnswer(sessionId: string, studentId: string, index: number, answer: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ n: number }[]>`
    WITH open_session AS (
      UPDATE "InterviewSession" SET "lastActiveAt" = now()
      WHERE id = ${sessionId} AND "studentId" = ${studentId} AND status = 'IN_PROGRESS' AND "endRequestedAt" IS NULL
      RETURNING id
    ), claimed AS (
      UPDATE "Turn" t SET "answerText" = ${answer}, "answeredAt" = now()
      WHERE t."sessionId" IN (SELECT id FROM open_session) AND t.index = ${index} AND t."answerText" IS NULL
      RETURNING t.id
    )
    SELECT (SELECT count(*) FROM claimed)::int AS n`;
  return (rows[0]?.n ?? 0) === 1;
}

export type EndRequest = "requested" | "already_ending" | "ended" | "grading" | "not_found";

/**
 * Marks the student's open session as ending, unless an answer is being graded. Locks the
 * session row first (as claims do), so the check for a claimed answer sees every claim that
 * committed before it; only one of several simultaneous requests gets "requested".
 */
export async function requestEnd(sessionId: string, studentId: string): Promise<EndRequest> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const [session] = await tx.$queryRaw<{ status: string; endRequestedAt: Date | null }[]>`
      SELECT status, "endRequestedAt" FROM "InterviewSession" WHERE id = ${sessionId} AND "studentId" = ${studentId} FOR UPDATE`;
    if (!session) return "not_found";
    if (session.status !== "IN_PROGRESS") return "ended";
    if (session.endRequestedAt) return "already_ending";
    const grading = await tx.turn.count({ where: { sessionId, answerText: { not: null }, verdict: null } });
    if (grading > 0) return "grading";
    await tx.interviewSession.update({ where: { id: sessionId }, data: { endRequestedAt: new Date(), lastActiveAt: new Date() } });
    return "requested";
  });
}

export async function getTurnAnswer(sessionId: string, index: number) {
  const db = await getDb();
  return db.turn.findUnique({ where: { sessionId_index: { sessionId, index } }, select: { answerText: true } });
}

/** Gives a claimed-but-unevaluated answer back (its evaluation failed), so it can be retried. */
export async function releaseTurnClaim(sessionId: string, index: number): Promise<void> {
  const db = await getDb();
  await db.turn.updateMany({ where: { sessionId, index, verdict: null }, data: { answerText: null, answeredAt: null } });
}

export async function markSessionEnded(sessionId: string, status: "COMPLETED" | "ABANDONED", report?: Report) {
  const db = await getDb();
  await db.interviewSession.updateMany({
    where: { id: sessionId, status: "IN_PROGRESS" },
    data: {
      status,
      openKey: null,
      completedAt: new Date(),
      ...(report ? { report: report as unknown as Prisma.InputJsonValue, overallScore: report.overallScore } : {}),
    },
  });
}

/** The store the graph writes through. */
export const interviewStore: InterviewStore = {
  async recordAskedTurn(t) {
    const db = await getDb();
    try {
      await db.turn.create({ data: { sessionId: t.sessionId, index: t.index, kind: t.kind, questionId: t.questionId, questionText: t.questionText } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // a replayed step: the row is already there
    }
  },
  async recordEvaluation(t: { sessionId: string; index: number; answer: string; evaluation: Evaluation; grader: string }) {
    const db = await getDb();
    const e = t.evaluation;
    await db.turn.updateMany({
      where: { sessionId: t.sessionId, index: t.index, verdict: null },
      // The answer itself was written, unclipped, when the turn was claimed.
      data: {
        verdict: VERDICT[e.verdict],
        relevance: e.scores.relevance,
        accuracy: e.scores.accuracy,
        depth: e.scores.depth,
        clarity: e.scores.clarity,
        score: e.scores.overall,
        feedback: e.feedback,
        evaluation: { covered: e.covered, missed: e.missed } as Prisma.InputJsonValue,
        grader: t.grader,
      },
    });
  },
  async saveReport(sessionId, report) {
    await markSessionEnded(sessionId, "COMPLETED", report);
  },
};
