import "server-only";
// Interview sessions and turns: the plain tables analytics and the UI read. The graph
// writes here as it goes (through InterviewStore), never the other way round.
import type { Answer } from "@/lib/domain";
import { readCodeSpec } from "@/lib/questions/code/spec";
import type { Report } from "@/lib/interview/types";
import type { GradingExample } from "@/lib/grading/types";
import { getDb } from "../client";
import { type ExampleRow, examplesForQuestion, MAX_EXAMPLES_PER_QUESTION, toGradingExample } from "./grading-examples";
import { isUniqueViolation } from "../errors";
import { dropUnansweredRecordings } from "./recordings";
import { hitState, rateLimitHitSql, type RateLimitState } from "./rate-limit";
import { forgetThreadSql, latestTupleSql, type StoredTuple } from "../checkpointer";
import { batchStatements } from "../statement-batch";
import { Prisma } from "../../../prisma/generated/client";

/** The topic if this student may start an interview on it: enrolled, unlocked, nothing archived. */
export async function findStartableTopic(studentId: string, topicId: string, { evenLocked = false }: { evenLocked?: boolean } = {}) {
  const db = await getDb();
  return db.topic.findFirst({
    where: {
      id: topicId,
      // An assigned topic is open to the assignment's attempts while it stays locked for free practice.
      ...(evenLocked ? {} : { unlocked: true }),
      archivedAt: null,
      batch: { archivedAt: null, enrollments: { some: { studentId, removedAt: null } } },
    },
    select: { id: true, name: true, batchId: true, adaptive: true },
  });
}

/** The student's open interview under this key (see InterviewSession.openKey). */
export async function findOpenSession(openKey: string) {
  const db = await getDb();
  return db.interviewSession.findUnique({ where: { openKey } });
}

export type NewSession = {
  studentId: string;
  openKey: string;
  source: "CLASS_TOPIC" | "JOB_PRACTICE" | "JOB_LOOP_ROUND";
  topicId?: string;
  /** Loop rounds: the loop and the round's place in it. */
  loopId?: string;
  roundIndex?: number;
  batchId?: string;
  /** Started for an assignment, and whether after its due date. */
  assignmentId?: string;
  late?: boolean;
  setup?: Record<string, unknown>;
  title: string;
  questionCount: number;
  grader: string;
};

/** Creates the open session, or returns the one another request created a moment ago. */
export async function createOrGetOpenSession(input: NewSession) {
  const db = await getDb();
  const { openKey, setup, ...rest } = input;
  try {
    const session = await db.interviewSession.create({ data: { ...rest, openKey, setup: setup as Prisma.InputJsonValue | undefined } });
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
      select: { id: true, text: true, kind: true, difficulty: true, referenceAnswer: true, keyPoints: true, code: true },
      orderBy: { createdAt: "asc" },
    }),
    db.turn.groupBy({ by: ["questionId"], where: { kind: "MAIN", session: { studentId, topicId } }, _count: { _all: true } }),
  ]);
  const timesAsked = new Map(asked.map((a) => [a.questionId, a._count._all]));
  // A coding question whose spec does not read is left out rather than asked without its tests.
  return questions
    .map(({ code, ...q }) => ({ ...q, ...(q.kind === "CODE" ? { code: readCodeSpec(code) ?? undefined } : {}), timesAsked: timesAsked.get(q.id) ?? 0 }))
    .filter((q) => q.kind !== "CODE" || q.code);
}

export { getSession, type SessionWithTurns } from "./session-read";

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

/** What a claim also does in its statement: count the step against these rate-limit counters. */
export type ClaimOptions = { hits: { key: string; windowMs: number }[] };

/** A won claim: what grading needs, the counters as counted, and the session's latest checkpoint (null: none yet). */
export type Claim = GradingInputs & { hits: RateLimitState[]; checkpoint: StoredTuple | null };

/**
 * Claims turn `index` of the student's open session for this answer, in one statement (it is
 * on every turn's path). Exactly one caller wins per turn, however many submit at once. The
 * session row is updated first, so a claim and an end request (requestEnd) on the same
 * session serialise on its row lock: no answer is taken once the interview is ending. A coding
 * question's main turn is claimed only by an answer with code (the caller ran it), and any other
 * turn only by one without. Returns null when nothing was claimed (the caller then asks why).
 */
export async function claimTurnAnswer(sessionId: string, studentId: string, index: number, answer: Answer, options: ClaimOptions): Promise<Claim | null> {
  const db = await getDb();
  // The text has its own column (analytics, exports); any other parts of a typed answer go beside it.
  const { text: _text, ...extra } = answer;
  const extraJson = Object.keys(extra).length > 0 ? JSON.stringify(extra) : null;
  const hitClauses = options.hits.map((h, i) => Prisma.sql`, ${Prisma.raw(`hit${i}`)} AS (${rateLimitHitSql(h.key, h.windowMs, Prisma.sql`EXISTS (SELECT 1 FROM claimed)`)})`);
  const hits = hitClauses.length ? Prisma.join(hitClauses, "") : Prisma.empty;
  const hitRows = options.hits.length ? Prisma.join(options.hits.map((_, i) => Prisma.raw(`(SELECT row_to_json(h) FROM hit${i} h)`))) : Prisma.empty;
  // One round trip: the claim, the step's rate-limit counts, what grading the answer needs (the
  // bank it draws on, the instructor's graded examples for a main question — a follow-up answers
  // something narrower), and the checkpoint the graph resumes from.
  const rows = await db.$queryRaw<
    {
      n: number;
      topicId: string | null;
      family: string | null;
      examples: ExampleRow[] | null;
      hits: { count: number; windowStart: string }[] | null;
      checkpoint: StoredTuple | null;
    }[]
  >`
    WITH open_session AS (
      UPDATE "InterviewSession" SET "lastActiveAt" = now()
      WHERE id = ${sessionId} AND "studentId" = ${studentId} AND status = 'IN_PROGRESS' AND "endRequestedAt" IS NULL
      RETURNING id, "topicId", setup->>'family' AS family
    ), claimed AS (
      UPDATE "Turn" t SET "answerText" = ${answer.text}, "answerExtra" = ${extraJson}::jsonb, "answeredAt" = now()
      WHERE t."sessionId" IN (SELECT id FROM open_session) AND t.index = ${index} AND t."answerText" IS NULL
        AND ((t.kind = 'MAIN' AND t."questionKind" = 'CODE') = ${answer.code !== undefined})
      RETURNING t.id, t."questionId", t.kind, t."sessionId", t.index
    ), typed_recording AS (
      -- Typed after all: a recording kept for this turn is not its answer's (a spoken one keeps it).
      DELETE FROM "AnswerRecording" r USING claimed c
      WHERE ${answer.spoken === undefined} AND r."sessionId" = c."sessionId" AND r."turnIndex" = c.index
    ), examples AS (
      SELECT e.id, e."answerText", e.verdict, e.score FROM "GradingExample" e
      WHERE e."questionId" = (SELECT "questionId" FROM claimed WHERE kind = 'MAIN')
      ORDER BY e."createdAt" DESC LIMIT ${MAX_EXAMPLES_PER_QUESTION}
    )${hits}
    SELECT (SELECT count(*) FROM claimed)::int AS n, (SELECT "topicId" FROM open_session) AS "topicId", (SELECT family FROM open_session) AS family,
      (SELECT json_agg(examples) FROM examples) AS examples, json_build_array(${hitRows}) AS hits,
      (SELECT tuple FROM (${latestTupleSql(sessionId)}) latest WHERE EXISTS (SELECT 1 FROM claimed)) AS checkpoint`;
  const row = rows[0];
  if (row?.n !== 1) return null;
  return {
    topicId: row.topicId,
    family: row.family,
    examples: (row.examples ?? []).map(toGradingExample),
    hits: (row.hits ?? []).map((h, i) => hitState(h, options.hits[i]!.windowMs)),
    checkpoint: row.checkpoint,
  };
}

/** Which bank a session's questions come from: a class topic's, or a job-practice family's. */
export type BankKey = { topicId: string | null; family: string | null };

/** What grading an answer needs besides its question: the bank (word weights) and the instructor's graded examples. */
export type GradingInputs = BankKey & { examples: GradingExample[] };

/** The examples for a session's turn: its question's, when it is a main question (a follow-up answers something narrower). */
export async function examplesForTurn(sessionId: string, index: number): Promise<GradingExample[]> {
  const db = await getDb();
  const turn = await db.turn.findUnique({ where: { sessionId_index: { sessionId, index } }, select: { questionId: true, kind: true } });
  return turn?.kind === "MAIN" && turn.questionId ? examplesForQuestion(turn.questionId) : [];
}

/** The texts of a class topic's bank (question and reference answer, one document each): the grader's word weights. */
export async function topicBankTexts(topicId: string): Promise<string[]> {
  const db = await getDb();
  const questions = await db.question.findMany({ where: { topicId }, select: { text: true, referenceAnswer: true } });
  return questions.map((q) => `${q.text} ${q.referenceAnswer ?? ""}`);
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

/** The answer stored for a turn (null: none yet), as the typed object the graph takes. */
export async function getTurnAnswer(sessionId: string, index: number): Promise<{ answer: Answer | null } | null> {
  const db = await getDb();
  const turn = await db.turn.findUnique({ where: { sessionId_index: { sessionId, index } }, select: { answerText: true, answerExtra: true } });
  return turn ? { answer: storedAnswer(turn) } : null;
}

/** A turn row's answer as the typed object (text plus the stored extra parts). */
export function storedAnswer(turn: { answerText: string | null; answerExtra: Prisma.JsonValue }): Answer | null {
  if (turn.answerText === null) return null;
  const extra = turn.answerExtra && typeof turn.answerExtra === "object" && !Array.isArray(turn.answerExtra) ? turn.answerExtra : {};
  return { ...extra, text: turn.answerText };
}

/** Gives a claimed-but-unevaluated answer back (its evaluation failed), so it can be retried. */
export async function releaseTurnClaim(sessionId: string, index: number): Promise<void> {
  const db = await getDb();
  await db.turn.updateMany({ where: { sessionId, index, verdict: null }, data: { answerText: null, answerExtra: Prisma.DbNull, answeredAt: null } });
}

/** Ends the session once; true when this call ended it (false: it had already ended, e.g. a replayed step). */
export async function markSessionEnded(sessionId: string, status: "COMPLETED" | "ABANDONED", report?: Report): Promise<boolean> {
  const db = await getDb();
  const ended = await db.interviewSession.updateMany({
    where: { id: sessionId, status: "IN_PROGRESS" },
    data: {
      status,
      openKey: null,
      completedAt: new Date(),
      ...(report ? { report: report as unknown as Prisma.InputJsonValue, overallScore: report.overallScore } : {}),
    },
  });
  await dropUnansweredRecordings({ sessionId }); // nothing kept for questions that were never answered
  await db.$queryRaw(batchStatements(forgetThreadSql(sessionId))); // nor the interviewer's state: an ended interview never resumes
  return ended.count > 0;
}

/** A turn's coding spec as asked, when the turn is the student's and a coding question's main turn; null otherwise. */
export async function codeSpecOfTurn(sessionId: string, studentId: string, index: number): Promise<{ isCode: boolean; code: unknown } | null> {
  const db = await getDb();
  const turn = await db.turn.findFirst({
    where: { sessionId, index, session: { studentId } },
    select: { kind: true, questionKind: true, code: true },
  });
  if (!turn) return null;
  return { isCode: turn.kind === "MAIN" && turn.questionKind === "CODE", code: turn.code };
}
