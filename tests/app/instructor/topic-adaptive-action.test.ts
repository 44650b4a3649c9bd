// The instructor's adaptive-difficulty switch: it changes only the caller's own topic, and is audited.
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { updateTopic } from "@/lib/db/queries/instructor";
import { makeBatchWithTopic, makeUser, sessionFor } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: string; sessionVersion: number } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.0.0.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { topicAdaptiveAction } = await import("@/app/(instructor)/instructor/actions");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("topicAdaptiveAction", () => {
  it("turns adaptive difficulty on and off for the instructor's own topic, audited with the new state", async () => {
    const { instructor, topic } = await makeBatchWithTopic();
    const db = await getDb();
    session.current = sessionFor(instructor);
    expect(await topicAdaptiveAction({}, form({ topicId: topic.id, adaptive: "true" }))).toEqual({ ok: true });
    expect((await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).adaptive).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "topic.adaptive", targetId: topic.id } });
    expect(entry).toMatchObject({ actorId: instructor.id, targetType: "topic", batchId: topic.batchId, metadata: { adaptive: true } });

    await topicAdaptiveAction(form({ topicId: topic.id, adaptive: "false" }));
    expect((await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).adaptive).toBe(false);
    expect(await db.auditLog.count({ where: { action: "topic.adaptive", targetId: topic.id } })).toBe(2);
  });

  it("refuses another instructor's topic with 404 and changes nothing", async () => {
    const { topic } = await makeBatchWithTopic();
    const other = await makeUser("INSTRUCTOR");
    const db = await getDb();
    await expect(updateTopic(topic.id, other.id, { adaptive: true })).rejects.toMatchObject({ status: 404 });
    session.current = sessionFor(other);
    expect(await topicAdaptiveAction({}, form({ topicId: topic.id, adaptive: "true" }))).toMatchObject({ ok: false });
    await expect(topicAdaptiveAction(form({ topicId: topic.id, adaptive: "true" }))).rejects.toMatchObject({ status: 404 });
    expect((await db.topic.findUniqueOrThrow({ where: { id: topic.id } })).adaptive).toBe(false);
    expect(await db.auditLog.count({ where: { action: "topic.adaptive", targetId: topic.id } })).toBe(0);
  });

  it("refuses a student", async () => {
    const { student, topic } = await makeBatchWithTopic();
    session.current = sessionFor(student);
    await expect(topicAdaptiveAction(form({ topicId: topic.id, adaptive: "true" }))).rejects.toMatchObject({ status: 403 });
  });
});
