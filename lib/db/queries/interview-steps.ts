import "server-only";
// What one run of the interviewer graph writes (the graded answer, the next question, the
// report), collected as statements and committed with the run's checkpoint as ONE statement:
// one round trip per step, and all or nothing — a crash mid-step leaves the turns table and the
// checkpoint as they were, with the claimed answer waiting to be graded again.
import { randomUUID } from "node:crypto";
import type { InterviewStore, PlannedQuestion } from "@/lib/interview/types";
import { Prisma } from "../../../prisma/generated/client";
import { forgetThreadSql } from "../checkpointer";
import { getDb } from "../client";
import { batchStatements } from "../statement-batch";
import { type SessionJson, type SessionWithTurns, sessionFromJson, sessionJsonSql } from "./session-read";

const VERDICT = { strong: "STRONG", shallow: "SHALLOW", wrong: "WRONG" } as const;
const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/** Where a planned question lives decides which column refers to it (PlannedQuestion.origin). */
function questionColumns(q: PlannedQuestion, turnKind: "MAIN" | "FOLLOW_UP") {
  const origin = q.origin ?? "question";
  return {
    // The spec as asked (a follow-up is answered in words, so it has none).
    code: q.code && turnKind === "MAIN" ? json(q.code) : null,
    questionId: origin === "question" ? q.id : null,
    bankQuestionId: origin === "bank" ? q.id : null,
    questionKind: q.kind ?? "CONCEPT",
    difficulty: q.difficulty ?? null,
  };
}

/** The store a run of the graph on one session writes through: nothing is sent until commit. */
export class StepWrites implements InterviewStore {
  readonly statements: Prisma.Sql[] = [];
  /** Positions in `statements` of the writes to turn rows (each RETURNING * for the session read after them). */
  private readonly turnWrites: number[] = [];
  /** Position in `statements` of the report's session update, whose RETURNING says it ended the session. */
  private ending: number | null = null;
  /** The step ends the session: its graph state is not kept (an ended interview never resumes). */
  private ends = false;

  constructor(readonly sessionId: string) {}

  async recordAskedTurn(t: Parameters<InterviewStore["recordAskedTurn"]>[0]): Promise<void> {
    const q = questionColumns(t.question, t.kind);
    // A replayed step finds the row already there.
    this.turnWrites.push(this.statements.length);
    this.statements.push(Prisma.sql`
      INSERT INTO "Turn" (id, "sessionId", index, kind, "questionText", code, "questionId", "bankQuestionId", "questionKind", difficulty, "createdAt")
      VALUES (${randomUUID()}, ${t.sessionId}, ${t.index}, ${t.kind}::"TurnKind", ${t.questionText}, ${q.code}::jsonb, ${q.questionId}, ${q.bankQuestionId},
        ${q.questionKind}::"QuestionKind", ${q.difficulty}::"Difficulty", ${new Date()})
      ON CONFLICT ("sessionId", index) DO NOTHING RETURNING *`);
  }

  async recordEvaluation(t: Parameters<InterviewStore["recordEvaluation"]>[0]): Promise<void> {
    const e = t.evaluation;
    const evaluation = { covered: e.covered, missed: e.missed, ...(e.star ? { star: e.star } : {}), ...(e.examples ? { examples: e.examples } : {}) };
    // First write wins; the answer itself was written, unclipped, when the turn was claimed.
    this.turnWrites.push(this.statements.length);
    this.statements.push(Prisma.sql`
      UPDATE "Turn" SET verdict = ${VERDICT[e.verdict]}::"Verdict", relevance = ${e.scores.relevance}, accuracy = ${e.scores.accuracy},
        depth = ${e.scores.depth}, clarity = ${e.scores.clarity}, score = ${e.scores.overall}, feedback = ${e.feedback},
        evaluation = ${json(evaluation)}::jsonb, grader = ${t.grader}
      WHERE "sessionId" = ${t.sessionId} AND index = ${t.index} AND verdict IS NULL RETURNING *`);
  }

  async saveReport(sessionId: string, report: Parameters<InterviewStore["saveReport"]>[1]): Promise<void> {
    this.ending = this.statements.length;
    this.ends = true;
    this.statements.push(Prisma.sql`
      UPDATE "InterviewSession" SET status = 'COMPLETED', "openKey" = NULL, "completedAt" = ${new Date()},
        report = ${json(report)}::jsonb, "overallScore" = ${report.overallScore}
      WHERE id = ${sessionId} AND status = 'IN_PROGRESS' RETURNING *`);
    // Nothing is kept for questions that were never answered (the claimed answers committed before this step).
    this.statements.push(Prisma.sql`
      DELETE FROM "AnswerRecording" r WHERE r."sessionId" = ${sessionId}
        AND NOT EXISTS (SELECT 1 FROM "Turn" t WHERE t."sessionId" = r."sessionId" AND t.index = r."turnIndex" AND t."answerText" IS NOT NULL)`);
  }

  /**
   * Sends the step's writes and `checkpoint` (the saver's held statements) as one statement, which
   * also reads the session back as they leave it (the reply's view needs no other query).
   * reportSaved: this step completed the session. A step that ends the interview deletes its graph
   * state instead of saving it: the report is in the session row, and nothing resumes it.
   */
  async commit(checkpoint: Prisma.Sql[]): Promise<{ reportSaved: boolean; session: SessionWithTurns | null }> {
    const all = [...this.statements, ...(this.ends ? forgetThreadSql(this.sessionId) : checkpoint)];
    const name = (i: number) => `s${i}`;
    const read = sessionJsonSql(this.sessionId, {
      session: this.ending === null ? undefined : name(this.ending),
      turns: this.turnWrites.map(name),
    });
    const ended = this.ending === null ? Prisma.sql`FALSE` : Prisma.sql`EXISTS (SELECT 1 FROM ${Prisma.raw(name(this.ending))})`;
    const rows = await (await getDb()).$queryRaw<{ done: boolean; session: SessionJson | null }[]>(
      batchStatements(all, Prisma.sql`SELECT ${ended} AS done, (SELECT session FROM (${read}) r) AS session`),
    );
    const row = rows[0];
    return { reportSaved: row?.done === true, session: row?.session ? sessionFromJson(row.session) : null };
  }
}
