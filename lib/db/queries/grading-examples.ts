import "server-only";
// Instructors' graded examples (GradingExample rows): answers to a question whose grade an
// instructor set (override), confirmed, or gave on the question page. The grader reads them
// as nearest neighbours / few-shot cases; the question page shows them with the agreement.
import type { Verdict } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import type { GradingExample } from "@/lib/grading/types";
import { type Agreement, CLOSE_POINTS, NO_AGREEMENT } from "@/lib/grading-examples/agreement";
import { exampleMessages } from "@/lib/grading-examples/validation";
import { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";
import { staffedBy, staffedFor } from "./class-access";

/** The most recent examples a grade draws on per question (the closest few of these are used). */
export const MAX_EXAMPLES_PER_QUESTION = 50;

/** A row as SQL returns it (json_agg in the claim query, or Prisma). */
export type ExampleRow = { id: string; answerText: string; verdict: "STRONG" | "SHALLOW" | "WRONG"; score: number };

const LABEL = { STRONG: "strong", SHALLOW: "shallow", WRONG: "wrong" } as const;

export const toGradingExample = (row: ExampleRow): GradingExample => ({ id: row.id, answer: row.answerText, verdict: LABEL[row.verdict], score: row.score });

/** A question's examples for grading, most recent first. */
export async function examplesForQuestion(questionId: string): Promise<GradingExample[]> {
  const db = await getDb();
  const rows = await db.gradingExample.findMany({
    where: { questionId },
    orderBy: { createdAt: "desc" },
    take: MAX_EXAMPLES_PER_QUESTION,
    select: { id: true, answerText: true, verdict: true, score: true },
  });
  return rows.map(toGradingExample);
}

// ── Examples made from real grading (an override or a confirmed grade) ─────────────────────

type Tx = Prisma.TransactionClient;
type Grade = { verdict: Verdict; score: number };
/** What an example made from a turn needs to know about it. */
export type ExampleTurn = { id: string; questionId: string | null; kind: "MAIN" | "FOLLOW_UP"; answerText: string | null; verdict: Verdict | null; score: number | null };

/** Only a main question's real answer teaches the grader: a follow-up asks something else, and an empty answer shows nothing. */
export const canBeExample = (turn: Pick<ExampleTurn, "questionId" | "kind" | "answerText">): boolean =>
  turn.questionId !== null && turn.kind === "MAIN" && !!turn.answerText?.trim();

/** The grade the grader gave before any instructor touched it: the first override's "previous", else the turn's own. */
async function graderGrade(tx: Tx, turn: ExampleTurn): Promise<Grade | null> {
  const first = await tx.gradeOverride.findFirst({ where: { turnId: turn.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  if (first?.previousVerdict && first.previousScore !== null) return { verdict: first.previousVerdict, score: first.previousScore };
  return turn.verdict && turn.score !== null ? { verdict: turn.verdict, score: turn.score } : null;
}

/**
 * Called inside overrideGrade's transaction, before the new override row is written: the turn's
 * example now carries the instructor's new grade beside the grader's original one.
 */
export async function exampleFromOverride(tx: Tx, turn: ExampleTurn, instructorId: string, grade: Grade): Promise<void> {
  if (!canBeExample(turn)) return;
  const grader = await graderGrade(tx, turn);
  if (!grader) return;
  const graded = { verdict: grade.verdict, score: grade.score, graderVerdict: grader.verdict, graderScore: grader.score };
  await tx.gradingExample.upsert({
    where: { turnId: turn.id },
    create: { questionId: turn.questionId!, turnId: turn.id, source: "OVERRIDE", answerText: turn.answerText!.trim(), createdById: instructorId, ...graded },
    update: { source: "OVERRIDE", ...graded },
  });
}

/**
 * "The grader was right": the turn becomes an example with its current grade. Idempotent — a
 * turn that is already an example (confirmed or overridden) is left as it is (created: false).
 */
export async function confirmGrade(input: { turnId: string; instructorId: string }) {
  const db = await getDb();
  const turn = await db.turn.findFirst({
    where: { id: input.turnId, session: { batch: staffedFor(input.instructorId, "review") } },
    include: { session: { select: { id: true, batchId: true } } },
  });
  if (!turn) throw new AppError("not_found:interview", "We could not find that interview.");
  if (turn.verdict === null || turn.score === null) throw new AppError("conflict:turn", "This answer has not been graded yet, so there is nothing to confirm.");
  if (!canBeExample(turn)) throw new AppError("bad_request:turn", "Only an answer to a main question from your bank can be an example for the grader.");
  const created = await db.$transaction(async (tx) => {
    const grader = (await graderGrade(tx, turn))!;
    // An override made before examples existed: confirming keeps the grader's original grade.
    const overridden = grader.verdict !== turn.verdict || grader.score !== turn.score;
    const row = {
      questionId: turn.questionId!,
      turnId: turn.id,
      source: overridden ? ("OVERRIDE" as const) : ("CONFIRMED" as const),
      answerText: turn.answerText!.trim(),
      verdict: turn.verdict!,
      score: turn.score!,
      graderVerdict: grader.verdict,
      graderScore: grader.score,
      createdById: input.instructorId,
    };
    // ON CONFLICT DO NOTHING: two clicks at once make one example.
    return (await tx.gradingExample.createMany({ data: [row], skipDuplicates: true })).count === 1;
  });
  return { created, sessionId: turn.session.id, batchId: turn.session.batchId!, verdict: turn.verdict, score: turn.score };
}

// ── The question page: its examples, agreement and recent answers ─────────────────────────

const notFoundQuestion = () => new AppError("not_found:question", "We could not find that question.");

/** The caller's question (not archived), with what the grader and the page need. */
export async function exampleQuestion(questionId: string, instructorId: string) {
  const db = await getDb();
  const question = await db.question.findFirst({
    where: { id: questionId, archivedAt: null, topic: { batch: staffedBy(instructorId) } },
    include: { topic: { select: { id: true, name: true, batchId: true } } },
  });
  if (!question) throw notFoundQuestion();
  return question;
}

/** How many recent, not yet used student answers the page offers to grade. */
export const RECENT_ANSWERS = 10;
/** The page lists this many examples, newest first (the grader reads MAX_EXAMPLES_PER_QUESTION). */
export const LISTED_EXAMPLES = 100;

export async function questionExamples(questionId: string, instructorId: string) {
  const question = await exampleQuestion(questionId, instructorId);
  const db = await getDb();
  const [examples, recent, agreement] = await Promise.all([
    db.gradingExample.findMany({
      where: { questionId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LISTED_EXAMPLES,
      select: { id: true, source: true, turnId: true, answerText: true, verdict: true, score: true, graderVerdict: true, graderScore: true, createdAt: true },
    }),
    db.turn.findMany({
      where: {
        questionId,
        kind: "MAIN",
        verdict: { not: null },
        score: { not: null },
        answerText: { not: null },
        example: { is: null },
        session: { batch: staffedBy(instructorId) },
      },
      orderBy: [{ answeredAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      take: RECENT_ANSWERS,
      select: { id: true, answerText: true, verdict: true, score: true, answeredAt: true },
    }),
    agreementOf({ questionId }, instructorId),
  ]);
  return { question, examples, recent, agreement: agreement.get(questionId) ?? NO_AGREEMENT };
}

/** Agreement per question of a topic (or of one question), counted by the database. Only the caller's questions. */
export async function agreementOf(scope: { topicId: string } | { questionId: string }, instructorId: string): Promise<Map<string, Agreement>> {
  const db = await getDb();
  const where = "topicId" in scope ? Prisma.sql`q."topicId" = ${scope.topicId}` : Prisma.sql`q.id = ${scope.questionId}`;
  const rows = await db.$queryRaw<({ questionId: string } & Agreement)[]>`
    SELECT e."questionId", count(*)::int AS n,
           count(*) FILTER (WHERE e.verdict = e."graderVerdict")::int AS exact,
           count(*) FILTER (WHERE abs(e.score - e."graderScore") <= ${CLOSE_POINTS}::int)::int AS close
    FROM "GradingExample" e
    JOIN "Question" q ON q.id = e."questionId"
    JOIN "Topic" t ON t.id = q."topicId"
    JOIN "Batch" b ON b.id = t."batchId"
    WHERE ${where} AND q."archivedAt" IS NULL
      AND (b."instructorId" = ${instructorId} OR EXISTS (SELECT 1 FROM "BatchStaff" s WHERE s."batchId" = b.id AND s."userId" = ${instructorId}))
    GROUP BY e."questionId"`;
  return new Map(rows.map(({ questionId, ...a }) => [questionId, a]));
}

// ── Sample answers and deletion ───────────────────────────────────────────────────────────

export type NewSample = { answer: string; verdict: Verdict; score: number; graderVerdict: Verdict; graderScore: number; turnId: string | null };

/**
 * Writes the question's sample answers in one transaction: all of them or none. A row picked
 * from a student's answer keeps the link to it (so it is no longer offered) unless its text was
 * edited; one that has become an example in the meantime refuses the save, naming the row.
 */
export async function addSampleExamples(questionId: string, instructorId: string, rows: readonly NewSample[]) {
  const question = await exampleQuestion(questionId, instructorId);
  const db = await getDb();
  const picked = rows.flatMap((r) => (r.turnId ? [r.turnId] : []));
  const turns = picked.length
    ? await db.turn.findMany({
        where: { id: { in: picked }, questionId, kind: "MAIN", session: { batch: staffedFor(instructorId, "review") } },
        select: { id: true, answerText: true, verdict: true, score: true, example: { select: { id: true } } },
      })
    : [];
  const byId = new Map(turns.map((t) => [t.id, t]));
  const data = rows.map((r, i) => {
    const turn = r.turnId ? byId.get(r.turnId) : undefined;
    if (turn?.example) throw new AppError("conflict:question", `Answer ${i + 1}: ${exampleMessages.alreadyExample}`);
    const linked = turn && turn.answerText?.trim() === r.answer ? turn : null;
    // A student's answer keeps the grade the student got as the grader's side (what the page showed
    // when it was picked), like an override or a confirmation does.
    return {
      questionId,
      turnId: linked?.id ?? null,
      source: "SAMPLE" as const,
      answerText: r.answer,
      verdict: r.verdict,
      score: r.score,
      graderVerdict: linked?.verdict ?? r.graderVerdict,
      graderScore: linked?.score ?? r.graderScore,
      createdById: instructorId,
    };
  });
  await db.$transaction(async (tx) => {
    await tx.gradingExample.createMany({ data });
  });
  return { count: data.length, topicId: question.topicId, batchId: question.topic.batchId, graderVerdicts: data.map((d) => d.graderVerdict) };
}

export async function deleteExample(exampleId: string, instructorId: string) {
  const db = await getDb();
  const example = await db.gradingExample.findFirst({
    where: { id: exampleId, question: { topic: { batch: staffedFor(instructorId, "review") } } },
    include: { question: { select: { topicId: true, topic: { select: { batchId: true } } } } },
  });
  if (!example) throw new AppError("not_found:question", "We could not find that example.");
  await db.gradingExample.delete({ where: { id: example.id } });
  return example;
}
