// The sample form's action: a bad row refuses the whole save with that row's messages and writes
// nothing; a good save stores every row with the grader's opinion and is audited; confirm and
// delete are audited too.
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { addQuestions } from "@/lib/db/queries/topics";
import { setEngineModel } from "@/lib/interview/engine";
import { startInterview, submitAnswer } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic, sessionFor } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: string; sessionVersion: number } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.0.0.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { saveSampleExamplesAction, deleteExampleAction } = await import("@/app/(instructor)/instructor/example-actions");
const { confirmGradeAction } = await import("@/app/(instructor)/instructor/grade-actions");

const BANK = DEMO_TOPICS[0]!.questions.slice(0, 2);
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

async function setup() {
  setEngineModel(null);
  const ctx = await makeBatchWithTopic();
  await addQuestions(ctx.topic.id, BANK);
  const db = await getDb();
  const question = await db.question.findFirstOrThrow({ where: { topicId: ctx.topic.id, text: BANK[0]!.text } });
  session.current = sessionFor(ctx.instructor);
  return { ...ctx, question, db };
}

describe("saveSampleExamplesAction", () => {
  it("one bad row: refused with per-row messages, nothing written, nothing audited", async () => {
    const { question, db } = await setup();
    const result = await saveSampleExamplesAction(
      {},
      form({
        questionId: question.id,
        "rows.0.answer": BANK[0]!.referenceAnswer,
        "rows.0.verdict": "STRONG",
        "rows.1.answer": "I like pizza.",
        "rows.1.verdict": "WRONG",
        "rows.2.answer": "Half right.",
        "rows.2.verdict": "SHALLOW",
        "rows.2.score": "150",
      }),
    );
    expect(result).toMatchObject({ ok: false, message: "1 answer needs fixing (answer 3). Nothing was saved.", fieldErrors: { "rows.2.score": [expect.any(String)] } });
    expect(await db.gradingExample.count({ where: { questionId: question.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "example.add" } })).toBe(0);
  });

  it("a good save stores every row with the grader's own grade and is audited", async () => {
    const { question, db } = await setup();
    const result = await saveSampleExamplesAction(
      {},
      form({
        questionId: question.id,
        "rows.0.answer": BANK[0]!.referenceAnswer,
        "rows.0.verdict": "STRONG",
        "rows.1.answer": "I like pizza and football on weekends.",
        "rows.1.verdict": "WRONG",
        "rows.1.score": "5",
        "rows.2.answer": "",
      }),
    );
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Saved 2 examples\. The grader agreed with you on \d of 2\.$/) });
    const rows = await db.gradingExample.findMany({ where: { questionId: question.id }, orderBy: { score: "desc" } });
    expect(rows).toMatchObject([
      { source: "SAMPLE", verdict: "STRONG", score: 85, turnId: null },
      { source: "SAMPLE", verdict: "WRONG", score: 5, graderVerdict: "WRONG" },
    ]);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "example.add", targetId: question.id } });
    expect(entry.metadata).toMatchObject({ count: 2, verdicts: "strong, wrong" });

    await deleteExampleAction(form({ exampleId: rows[1]!.id }));
    expect(await db.gradingExample.count({ where: { questionId: question.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "example.delete", targetId: question.id } })).toBe(1);
  });
});

describe("confirmGradeAction", () => {
  it("confirms once (audited once); a second click says it is already an example", async () => {
    const { student, topic, db } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    await submitAnswer(student, view.sessionId, 0, { text: "I like pizza and football on weekends." });
    const turn = await db.turn.findFirstOrThrow({ where: { sessionId: view.sessionId, index: 0 } });
    expect(await confirmGradeAction({}, form({ turnId: turn.id }))).toMatchObject({ ok: true, message: expect.stringContaining("Confirmed") });
    expect(await confirmGradeAction({}, form({ turnId: turn.id }))).toMatchObject({ ok: true, message: "Already an example for the grader." });
    expect(await db.auditLog.count({ where: { action: "grade.confirm", targetId: turn.id } })).toBe(1);
    expect(await db.gradingExample.findUniqueOrThrow({ where: { turnId: turn.id } })).toMatchObject({ source: "CONFIRMED", verdict: turn.verdict });
  });
});
