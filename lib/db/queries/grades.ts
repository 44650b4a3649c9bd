import "server-only";
// An instructor's grade override changes everything the grade touches, in one transaction: the
// turn (verdict, score, dimension scores, feedback), the session score, and the student's report
// (that question, the dimension averages, and the strengths / weaknesses / action plan recomputed),
// and the answer becomes one of the instructor's graded examples for its question.
import { DIMENSIONS, type Dimension } from "@/lib/grading/types";
import type { Report } from "@/lib/interview/types";
import type { Verdict } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { reportNarrative } from "@/lib/grading/report";
import type { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";
import { staffedFor } from "./class-access";
import { exampleFromOverride } from "./grading-examples";

const VERDICT_LABEL = { STRONG: "strong", SHALLOW: "shallow", WRONG: "wrong" } as const;

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);

/** The feedback a student reads after an override: the instructor's reason, in the instructor's words. */
export function overrideFeedback(verdict: Verdict, score: number, reason: string): string {
  return `Your instructor regraded this answer as ${VERDICT_LABEL[verdict]} (${score}/100): ${reason}`;
}

/**
 * Dimension scores move with the overall score: each shifts by the same amount (clamped to 0–100),
 * so their profile stays the grader's while their level follows the instructor's verdict.
 */
export function shiftedDimensions(dims: Record<Dimension, number | null>, delta: number) {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, dims[d] === null ? null : clamp(dims[d] + delta)])) as Record<Dimension, number | null>;
}

export type OverrideResult = {
  sessionId: string;
  batchId: string;
  overall: number | null;
  previous: { verdict: Verdict | null; score: number | null };
};

/**
 * Changes a turn's grade: the turn holds the grade analytics read, the override row keeps the
 * previous one and the reason, the session score is recomputed and the student's report shows the
 * change, with its lists recomputed so a regraded answer is no longer listed where it was.
 */
export async function overrideGrade(input: {
  turnId: string;
  instructorId: string;
  verdict: Verdict;
  score: number;
  reason: string;
  /** false: a one-off regrade; the answer is not (or no longer) an example for the grader. Default true. */
  asExample?: boolean;
}): Promise<OverrideResult> {
  const db = await getDb();
  const turn = await db.turn.findFirst({ where: { id: input.turnId, session: { batch: staffedFor(input.instructorId, "review") } }, include: { session: true } });
  if (!turn) throw new AppError("not_found:interview", "We could not find that interview.");
  if (turn.verdict === null) throw new AppError("conflict:turn", "This answer has not been graded yet, so there is nothing to override.");
  const reason = input.reason.trim();
  const feedback = overrideFeedback(input.verdict, input.score, reason);
  const dims = shiftedDimensions(turn, input.score - (turn.score ?? input.score));
  // The grader's own feedback is kept beside the evaluation the first time it is replaced.
  const evaluation = (turn.evaluation ?? {}) as Record<string, unknown>;
  const keptEvaluation = "graderFeedback" in evaluation ? evaluation : { ...evaluation, graderFeedback: turn.feedback };

  return db.$transaction(async (tx) => {
    // Before the new override row: the example keeps the grader's grade from before the first one.
    if (input.asExample === false) await tx.gradingExample.deleteMany({ where: { turnId: turn.id, source: "OVERRIDE" } });
    else await exampleFromOverride(tx, turn, input.instructorId, { verdict: input.verdict, score: input.score });
    await tx.gradeOverride.create({
      data: { turnId: turn.id, instructorId: input.instructorId, previousVerdict: turn.verdict, previousScore: turn.score, verdict: input.verdict, score: input.score, reason },
    });
    await tx.turn.update({
      where: { id: turn.id },
      data: { verdict: input.verdict, score: input.score, ...dims, feedback, evaluation: keptEvaluation as Prisma.InputJsonValue },
    });
    const graded = await tx.turn.findMany({
      where: { sessionId: turn.sessionId, verdict: { not: null } },
      select: { score: true, relevance: true, accuracy: true, depth: true, clarity: true },
    });
    const overall = mean(graded.map((t) => t.score ?? 0));
    let report = turn.session.report as Report | null;
    if (report) report = revisedReport(report, graded, { index: turn.index, verdict: input.verdict, score: input.score, feedback, reason });
    await tx.interviewSession.update({
      where: { id: turn.sessionId },
      data: { overallScore: turn.session.status === "COMPLETED" ? overall : turn.session.overallScore, ...(report ? { report: report as unknown as Prisma.InputJsonValue } : {}) },
    });
    // Found through its class's instructor, so it is a class interview with a batch.
    return { sessionId: turn.sessionId, batchId: turn.session.batchId!, overall, previous: { verdict: turn.verdict, score: turn.score } };
  });
}

type GradedTurn = { score: number | null; relevance: number | null; accuracy: number | null; depth: number | null; clarity: number | null };

/** The saved report with one question regraded: scores re-averaged from the turns, lists recomputed by our own wording. */
function revisedReport(report: Report, graded: GradedTurn[], change: { index: number; verdict: Verdict; score: number; feedback: string; reason: string }): Report {
  const questions = report.questions.map((q) =>
    q.index === change.index
      ? {
          ...q,
          verdict: VERDICT_LABEL[change.verdict],
          score: change.score,
          feedback: change.feedback,
          // After several overrides the student sees the grader's original grade as "previous".
          override: { reason: change.reason, previousVerdict: q.override?.previousVerdict ?? q.verdict, previousScore: q.override?.previousScore ?? q.score },
        }
      : q,
  );
  const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, mean(graded.map((t) => t[d] ?? 0)) ?? report.dimensions[d]])) as Report["dimensions"];
  const overallScore = mean(graded.map((t) => t.score ?? 0)) ?? report.overallScore;
  const revised = { ...report, questions, dimensions, overallScore };
  return { ...revised, ...reportNarrative(revised), generatedBy: "offline", updatedAfterOverride: true };
}
