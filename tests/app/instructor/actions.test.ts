// Server actions are public endpoints: called with another instructor's ids (or as a
// student), every instructor action fails and changes nothing.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { addQuestions } from "@/lib/db/queries/topics";
import { setEngineModel } from "@/lib/interview/engine";
import { startInterview, submitAnswer } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.0.0.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/app/(instructor)/instructor/actions");

const form = (fields: Record<string, string | Blob>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

async function world() {
  setEngineModel(null);
  const ctx = await makeBatchWithTopic();
  await addQuestions(ctx.topic.id, DEMO_TOPICS[0]!.questions.slice(0, 2));
  const { view } = await startInterview(ctx.student, ctx.topic.id);
  await submitAnswer(ctx.student, view.sessionId, 0, "not sure");
  const db = await getDb();
  const turn = await db.turn.findFirstOrThrow({ where: { sessionId: view.sessionId, index: 0 } });
  const question = await db.question.findFirstOrThrow({ where: { topicId: ctx.topic.id } });
  return { ...ctx, turn, question };
}

async function snapshot(batchId: string) {
  const db = await getDb();
  return JSON.stringify(
    await db.batch.findUniqueOrThrow({
      where: { id: batchId },
      include: { topics: { include: { questions: true } }, enrollments: true, sessions: { include: { turns: true } } },
    }),
  );
}

describe("instructor actions refuse other instructors and students", () => {
  beforeEach(() => {
    session.current = null;
  });

  for (const who of ["another instructor", "a student", "nobody"] as const) {
    it(`called by ${who}: every action fails and nothing changes`, async () => {
      const w = await world();
      if (who === "another instructor") session.current = { user: { id: (await makeUser("INSTRUCTOR")).id } };
      if (who === "a student") session.current = { user: { id: w.student.id } };
      const before = await snapshot(w.batch.id);
      const csv = new File(["question,difficulty\nInjected?,easy\n"], "bank.csv", { type: "text/csv" });

      const stateful: [string, Promise<{ ok?: boolean }>][] = [
        ["rename", actions.renameBatchAction({}, form({ batchId: w.batch.id, name: "Hijacked" }))],
        ["createTopic", actions.createTopicAction({}, form({ batchId: w.batch.id, name: "Injected" }))],
        ["editTopic", actions.editTopicAction({}, form({ topicId: w.topic.id, name: "Hijacked" }))],
        ["editQuestion", actions.editQuestionAction({}, form({ questionId: w.question.id, text: "Hijacked", difficulty: "EASY", referenceAnswer: "", keyPoints: "" }))],
        ["preview", actions.importCsvAction({}, form({ topicId: w.topic.id, file: csv }))],
        ["import", actions.importCsvAction({}, form({ topicId: w.topic.id, intent: "commit", file: csv }))],
        ["override", actions.overrideGradeAction({}, form({ turnId: w.turn.id, verdict: "STRONG", score: "100", reason: "because" }))],
      ];
      for (const [name, result] of stateful) expect((await result).ok, name).toBe(false);

      const voids: [string, () => Promise<void>][] = [
        ["regenerate", () => actions.regenerateCodeAction(form({ batchId: w.batch.id }))],
        ["archive", () => actions.archiveBatchAction(form({ batchId: w.batch.id, archived: "true" }))],
        ["feedback", () => actions.batchFeedbackAction(form({ batchId: w.batch.id, showFeedback: "true" }))],
        ["removeStudent", () => actions.removeStudentAction(form({ batchId: w.batch.id, studentId: w.student.id }))],
        ["unlock", () => actions.topicSettingAction(form({ topicId: w.topic.id, unlocked: "false" }))],
        ["move", () => actions.topicSettingAction(form({ topicId: w.topic.id, move: "down" }))],
        ["deleteQuestion", () => actions.deleteQuestionAction(form({ questionId: w.question.id }))],
      ];
      for (const [name, run] of voids) await expect(run(), name).rejects.toMatchObject({ status: who === "another instructor" ? 404 : who === "a student" ? 403 : 401 });

      expect(await snapshot(w.batch.id)).toBe(before);
    });
  }

  it("the owner can do the same (the test above is not vacuous)", async () => {
    const w = await world();
    session.current = { user: { id: w.instructor.id } };
    expect((await actions.renameBatchAction({}, form({ batchId: w.batch.id, name: "Renamed" }))).ok).toBe(true);
    expect((await actions.overrideGradeAction({}, form({ turnId: w.turn.id, verdict: "STRONG", score: "90", reason: "fair" }))).ok).toBe(true);
    await actions.regenerateCodeAction(form({ batchId: w.batch.id }));
    const db = await getDb();
    expect((await db.batch.findUniqueOrThrow({ where: { id: w.batch.id } })).name).toBe("Renamed");
    expect(await db.auditLog.count({ where: { batchId: w.batch.id, action: { in: ["grade.override", "batch.code.regenerate"] } } })).toBe(2);
  });
});
