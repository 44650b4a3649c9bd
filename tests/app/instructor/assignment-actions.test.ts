// The assignment actions: owner only (an assistant is told why, another instructor finds nothing),
// the validation module's messages on bad input, nothing written on a refusal, an audit entry on success.
import { describe, expect, it, vi } from "vitest";
import { assignmentMessages } from "@/lib/assignments/validation";
import { classRoleMessages } from "@/lib/class-roles";
import { getDb } from "@/lib/db/client";
import { createBatch } from "@/lib/db/queries/batches";
import { createTopic } from "@/lib/db/queries/topics";
import { makeBatchWithTopic, makeUser, sessionFor } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; role: string; sessionVersion: number } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.0.0.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { createAssignmentAction, updateAssignmentAction, archiveAssignmentAction } = await import("@/app/(instructor)/instructor/assignment-actions");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const local = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString().slice(0, 16);
const DAY = 86_400_000;

async function world() {
  const ctx = await makeBatchWithTopic();
  const assistant = await makeUser("INSTRUCTOR");
  const stranger = await makeUser("INSTRUCTOR");
  const db = await getDb();
  await db.batchStaff.create({ data: { batchId: ctx.batch.id, userId: assistant.id, addedById: ctx.instructor.id } });
  const fields = {
    batchId: ctx.batch.id,
    kind: "TOPIC",
    topicId: ctx.topic.id,
    opensAt: local(-DAY),
    dueAt: local(3 * DAY),
    timeZone: "UTC",
    maxAttempts: "2",
    instructions: "Do it",
  };
  return { ...ctx, assistant, stranger, fields, db };
}
const as = (user: { id: string; role: "INSTRUCTOR" | "STUDENT" }) => {
  session.current = sessionFor(user);
};

describe("assignment actions", () => {
  it("lets the owner create, edit and archive, each audited", async () => {
    const w = await world();
    as(w.instructor);
    const created = await createAssignmentAction({}, form(w.fields));
    expect(created).toEqual({ ok: true, message: `Assigned “${w.topic.name}”.` });
    const a = await w.db.assignment.findFirstOrThrow({ where: { batchId: w.batch.id } });
    expect(a).toMatchObject({ maxAttempts: 2, instructions: "Do it", title: w.topic.name });
    expect(await updateAssignmentAction({}, form({ ...w.fields, assignmentId: a.id, title: "Week 2", maxAttempts: "" }))).toMatchObject({ ok: true });
    expect(await w.db.assignment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ title: "Week 2", maxAttempts: null });
    await archiveAssignmentAction(form({ batchId: w.batch.id, assignmentId: a.id, archived: "true" }));
    expect((await w.db.assignment.findUniqueOrThrow({ where: { id: a.id } })).archivedAt).not.toBeNull();
    const audits = await w.db.auditLog.findMany({ where: { batchId: w.batch.id, targetId: a.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((x) => [x.action, x.actorId])).toEqual([
      ["assignment.create", w.instructor.id],
      ["assignment.update", w.instructor.id],
      ["assignment.archive", w.instructor.id],
    ]);
  });

  it("refuses an assistant (403, saying why) and another instructor (not found), writing nothing", async () => {
    const w = await world();
    as(w.assistant);
    expect(await createAssignmentAction({}, form(w.fields))).toMatchObject({ ok: false, message: classRoleMessages.ownerOnly });
    await expect(archiveAssignmentAction(form({ batchId: w.batch.id, assignmentId: "x", archived: "true" }))).rejects.toMatchObject({ status: 403 });
    as(w.stranger);
    expect(await createAssignmentAction({}, form(w.fields))).toMatchObject({ ok: false, message: "We could not find that class." });
    await expect(archiveAssignmentAction(form({ batchId: w.batch.id, assignmentId: "x", archived: "true" }))).rejects.toMatchObject({ status: 404 });
    expect(await w.db.assignment.count({ where: { batchId: w.batch.id } })).toBe(0);
    expect(await w.db.auditLog.count({ where: { batchId: w.batch.id, action: { startsWith: "assignment." } } })).toBe(0);
  });

  it("answers bad input with the validation module's message and field, and keeps what was typed", async () => {
    const w = await world();
    as(w.instructor);
    const backwards = await createAssignmentAction({}, form({ ...w.fields, dueAt: local(-2 * DAY) }));
    expect(backwards).toMatchObject({ ok: false, message: assignmentMessages.dueBeforeOpens, field: "dueAt", values: { instructions: "Do it" } });
    expect(await createAssignmentAction({}, form({ ...w.fields, maxAttempts: "21" }))).toMatchObject({ ok: false, message: assignmentMessages.attempts, field: "maxAttempts" });
    const other = await createBatch(w.instructor.id, "Other class");
    const foreign = await createTopic(other.id, { name: "Not this class" });
    expect(await createAssignmentAction({}, form({ ...w.fields, topicId: foreign.id }))).toMatchObject({ ok: false, message: assignmentMessages.topicGone });
    expect(await w.db.assignment.count({ where: { batchId: w.batch.id } })).toBe(0);
  });
});
