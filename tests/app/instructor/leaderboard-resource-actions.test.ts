// The leaderboard settings and resource actions, end to end through their wrappers: a saved
// setting is stored and audited; a bad link (javascript:) is refused with the field named and
// what was typed kept, and nothing is written.
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { addQuestions } from "@/lib/db/queries/topics";
import { resourceMessages } from "@/lib/resources/validation";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic, sessionFor } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: string; sessionVersion: number } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.0.0.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { leaderboardSettingsAction } = await import("@/app/(instructor)/instructor/leaderboard-actions");
const { createResourceAction } = await import("@/app/(instructor)/instructor/resource-actions");
const { leaderboardVisibilityAction } = await import("@/app/(student)/student/leaderboard-actions");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("leaderboard and resource actions", () => {
  it("saves the leaderboard settings and audits them; an unticked box turns it off", async () => {
    const { instructor, batch } = await makeBatchWithTopic();
    session.current = sessionFor(instructor);
    const on = await leaderboardSettingsAction({}, form({ batchId: batch.id, enabled: "on", metric: "POINTS", period: "30", names: "FULL_NAME" }));
    expect(on).toEqual({ ok: true, message: "Leaderboard on: points over the last 30 days, full names." });
    const db = await getDb();
    expect(await db.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({
      leaderboardEnabled: true,
      leaderboardMetric: "POINTS",
      leaderboardDays: 30,
      leaderboardNames: "FULL_NAME",
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { batchId: batch.id, action: "leaderboard.settings" } });
    expect(audit.metadata).toEqual({ enabled: true, metric: "POINTS", days: 30, names: "FULL_NAME" });
    expect((await leaderboardSettingsAction({}, form({ batchId: batch.id, metric: "BEST_PER_TOPIC", names: "INITIALS" }))).ok).toBe(true);
    expect(await db.batch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ leaderboardEnabled: false, leaderboardDays: null });
  });

  it("refuses a javascript: link, naming the field and keeping the input; nothing is written", async () => {
    const { instructor, topic } = await makeBatchWithTopic();
    session.current = sessionFor(instructor);
    const result = await createResourceAction({}, form({ topicId: topic.id, title: "Sneaky", url: "javascript:alert(document.cookie)", note: "" }));
    expect(result).toMatchObject({ ok: false, message: resourceMessages.url, field: "url", values: { title: "Sneaky", url: "javascript:alert(document.cookie)" } });
    const db = await getDb();
    expect(await db.resource.count({ where: { topicId: topic.id } })).toBe(0);
  });

  it("adds a resource on a key point and audits it with the class", async () => {
    const { instructor, topic, batch } = await makeBatchWithTopic();
    await addQuestions(topic.id, DEMO_TOPICS[0]!.questions.slice(0, 1));
    const db = await getDb();
    const question = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
    session.current = sessionFor(instructor);
    const point = question.keyPoints[1]!;
    const result = await createResourceAction(
      {},
      form({ topicId: topic.id, questionId: question.id, keyPoint: point, title: "Read this", url: "https://example.com/a", note: "" }),
    );
    expect(result).toEqual({ ok: true, message: "Added “Read this”." });
    expect(await db.resource.findFirstOrThrow({ where: { questionId: question.id } })).toMatchObject({ keyPoint: point, url: "https://example.com/a" });
    expect(await db.auditLog.count({ where: { batchId: batch.id, action: "resource.create" } })).toBe(1);
  });

  it("a student's hide choice is not written to the class's audit log", async () => {
    const { student, batch } = await makeBatchWithTopic();
    session.current = sessionFor(student);
    expect((await leaderboardVisibilityAction({}, form({ batchId: batch.id, hidden: "true" }))).ok).toBe(true);
    const db = await getDb();
    expect(await db.enrollment.findFirstOrThrow({ where: { batchId: batch.id, studentId: student.id } })).toMatchObject({ hideFromLeaderboard: true });
    expect(await db.auditLog.count({ where: { batchId: batch.id, action: { startsWith: "leaderboard." } } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: student.id, action: "leaderboard.hide" } })).toBe(1);
  });
});
