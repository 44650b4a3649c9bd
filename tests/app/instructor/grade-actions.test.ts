// The override action's audit entry records the old and new grade and the reason.
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

const { overrideGradeAction } = await import("@/app/(instructor)/instructor/grade-actions");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("overrideGradeAction", () => {
  it("audits the previous and new verdict and score with the reason", async () => {
    setEngineModel(null);
    const ctx = await makeBatchWithTopic();
    await addQuestions(ctx.topic.id, DEMO_TOPICS[0]!.questions.slice(0, 2));
    const { view } = await startInterview(ctx.student, { source: "CLASS_TOPIC", topicId: ctx.topic.id });
    await submitAnswer(ctx.student, view.sessionId, 0, { text: "I like pizza and football on weekends." });
    const db = await getDb();
    const turn = await db.turn.findFirstOrThrow({ where: { sessionId: view.sessionId, index: 0 } });
    session.current = sessionFor(ctx.instructor);
    const result = await overrideGradeAction({}, form({ turnId: turn.id, verdict: "SHALLOW", score: "45", reason: "Partly right." }));
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("shallow (45/100)") });
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "grade.override", targetId: turn.id } });
    expect(entry.metadata).toEqual({
      previousVerdict: turn.verdict!.toLowerCase(),
      previousScore: turn.score,
      verdict: "shallow",
      score: 45,
      reason: "Partly right.",
      asExample: true,
    });
  });
});
