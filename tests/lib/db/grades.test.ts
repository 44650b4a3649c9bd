// A grade override changes everything the grade touches: the turn (feedback, dimension scores), the
// student's report (that question, dimension averages, strengths / weaknesses / plan) and the export.
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@/graph/state";
import { getDb } from "@/lib/db/client";
import { exportTurns } from "@/lib/db/queries/export";
import { overrideGrade } from "@/lib/db/queries/grades";
import { setEngineModel } from "@/lib/interview/engine";
import type { Prisma } from "../../../prisma/generated/client";
import { completedInterview } from "../../support/completed-interview";

beforeAll(() => setEngineModel(null));

async function savedReport(sessionId: string) {
  const db = await getDb();
  return (await db.interviewSession.findUniqueOrThrow({ where: { id: sessionId } })).report as unknown as Report;
}

describe("grade override", () => {
  it("changes the turn's feedback and dimension scores, and keeps the grader's feedback", async () => {
    const { instructor, wrongTurn } = await completedInterview();
    expect(wrongTurn.verdict).toBe("WRONG");
    const result = await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "STRONG", score: 90, reason: "Rebooting is what we teach in week 1." });
    expect(result.previous).toEqual({ verdict: "WRONG", score: wrongTurn.score });
    const db = await getDb();
    const after = await db.turn.findUniqueOrThrow({ where: { id: wrongTurn.id } });
    expect(after.feedback).toBe("Your instructor regraded this answer as strong (90/100): Rebooting is what we teach in week 1.");
    expect((after.evaluation as { graderFeedback?: string }).graderFeedback).toBe(wrongTurn.feedback);
    const delta = 90 - wrongTurn.score!;
    for (const d of ["relevance", "accuracy", "depth", "clarity"] as const) expect(after[d]).toBe(Math.max(0, Math.min(100, wrongTurn[d]! + delta)));
  });

  it("recomputes the report: the question, dimension averages, strengths, weaknesses and action plan", async () => {
    const { instructor, sessionId, wrongTurn } = await completedInterview();
    const before = await savedReport(sessionId);
    expect(before.weaknesses.join(" ")).toContain("Question 2");
    expect(before.strengths.join(" ")).not.toContain("Question 2");
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "STRONG", score: 90, reason: "Fair for week 1." });
    const report = await savedReport(sessionId);
    const db = await getDb();
    const turns = await db.turn.findMany({ where: { sessionId } });
    const avg = (k: "relevance" | "accuracy" | "depth" | "clarity" | "score") => Math.round(turns.reduce((s, t) => s + t[k]!, 0) / turns.length);
    expect(report.dimensions).toEqual({ relevance: avg("relevance"), accuracy: avg("accuracy"), depth: avg("depth"), clarity: avg("clarity") });
    expect(report.overallScore).toBe(avg("score"));
    expect(report.questions[1]).toMatchObject({ verdict: "strong", score: 90, feedback: expect.stringContaining("Fair for week 1."), override: { previousVerdict: "wrong" } });
    expect(report.weaknesses.join(" ")).not.toContain("Question 2");
    expect(report.actionPlan.join(" ")).not.toContain("question 2");
    expect(report.strengths.join(" ")).toContain("Question 2");
    expect(report.updatedAfterOverride).toBe(true);
  });

  it("replaces a model-written summary that no longer fits, and keeps the first grade as 'previous' after two overrides", async () => {
    const { instructor, sessionId, wrongTurn } = await completedInterview();
    const db = await getDb();
    const modelReport = { ...(await savedReport(sessionId)), generatedBy: "model:test", weaknesses: ["Question 2 was off-topic."], strengths: ["Sharp on arrays."] };
    await db.interviewSession.update({ where: { id: sessionId }, data: { report: modelReport as unknown as Prisma.InputJsonValue } });
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "SHALLOW", score: 40, reason: "Some credit." });
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "STRONG", score: 85, reason: "On reflection, full marks." });
    const report = await savedReport(sessionId);
    expect(report.generatedBy).toBe("offline");
    expect(report.weaknesses).not.toContain("Question 2 was off-topic.");
    expect(report.questions[1]!.override).toEqual({ reason: "On reflection, full marks.", previousVerdict: "wrong", previousScore: wrongTurn.score });
  });

  it("exports the feedback the student reads and the override's reason", async () => {
    const { instructor, batch, wrongTurn } = await completedInterview();
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "SHALLOW", score: 40, reason: "First pass." });
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "SHALLOW", score: 45, reason: "Second look, a bit more." });
    const rows = await exportTurns(batch.id);
    const row = rows.find((r) => r.turn === 2)!;
    expect(row).toMatchObject({ verdict: "SHALLOW", score: 45, overridden: true, override_reason: "Second look, a bit more." });
    expect(row.feedback).toBe("Your instructor regraded this answer as shallow (45/100): Second look, a bit more.");
    expect(rows.find((r) => r.turn === 1)).toMatchObject({ overridden: false, override_reason: null, feedback: expect.any(String) });
  });
});
