// Co-instructors: who may be added, what an assistant may and may not do, and how they leave.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listBatchAudit, recordAudit } from "@/lib/db/queries/audit";
import { listInstructorBatches } from "@/lib/db/queries/batches";
import { classAccess, topicAccess } from "@/lib/db/queries/class-access";
import { overrideGrade } from "@/lib/db/queries/grades";
import { removeStudent, renameBatch, transcript, updateTopic } from "@/lib/db/queries/instructor";
import { addAssistant, classStaff, removeAssistant } from "@/lib/db/queries/staff";
import { setEngineModel } from "@/lib/interview/engine";
import { getInterviewView } from "@/lib/interview/service";
import { staffMessages } from "@/lib/staff/messages";
import { completedInterview } from "../../support/completed-interview";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

beforeAll(() => setEngineModel(null));

async function classWithAssistant() {
  const ctx = await makeBatchWithTopic();
  const assistant = await makeUser("INSTRUCTOR");
  await addAssistant(ctx.batch.id, ctx.instructor.id, assistant.email.toUpperCase());
  return { ...ctx, assistant };
}

describe("adding an assistant", () => {
  it("adds an instructor account by its e-mail (any case), and lists it for the class and on the assistant's home", async () => {
    const { batch, instructor, assistant } = await classWithAssistant();
    const staff = await classStaff(batch.id, assistant.id);
    expect(staff.owner.id).toBe(instructor.id);
    expect(staff.assistants.map((a) => [a.id, a.addedBy])).toEqual([[assistant.id, instructor.name]]);
    const listed = await listInstructorBatches(assistant.id);
    expect(listed.map((b) => [b.id, b.role])).toEqual([[batch.id, "ASSISTANT"]]);
    expect((await listInstructorBatches(instructor.id)).find((b) => b.id === batch.id)?.role).toBe("OWNER");
  });

  it("explains each address it cannot add", async () => {
    const { batch, instructor, assistant, student } = await classWithAssistant();
    await expect(addAssistant(batch.id, instructor.id, "nobody@example.test")).rejects.toMatchObject({ status: 404, message: staffMessages.noAccount });
    await expect(addAssistant(batch.id, instructor.id, student.email)).rejects.toMatchObject({ status: 400, message: staffMessages.studentAccount });
    await expect(addAssistant(batch.id, instructor.id, instructor.email)).rejects.toMatchObject({ status: 409, message: staffMessages.isOwner });
    await expect(addAssistant(batch.id, instructor.id, assistant.email)).rejects.toMatchObject({ status: 409, message: staffMessages.alreadyStaff });
  });

  it("is the owner's alone: an assistant is told why, another instructor finds no class", async () => {
    const { batch, assistant } = await classWithAssistant();
    const third = await makeUser("INSTRUCTOR");
    const stranger = await makeUser("INSTRUCTOR");
    await expect(addAssistant(batch.id, assistant.id, third.email)).rejects.toMatchObject({ status: 403 });
    await expect(addAssistant(batch.id, stranger.id, third.email)).rejects.toMatchObject({ status: 404 });
    expect((await classStaff(batch.id, assistant.id)).assistants).toHaveLength(1);
  });
});

describe("what an assistant may do", () => {
  it("views and reviews, but does not manage", async () => {
    const { batch, topic, assistant, student } = await classWithAssistant();
    expect((await classAccess(batch.id, assistant.id, "view")).role).toBe("ASSISTANT");
    expect((await topicAccess(topic.id, assistant.id, "review")).role).toBe("ASSISTANT");
    await expect(classAccess(batch.id, assistant.id, "manage")).rejects.toMatchObject({ status: 403 });
    await expect(renameBatch(batch.id, assistant.id, "Taken over")).rejects.toMatchObject({ status: 403 });
    await expect(updateTopic(topic.id, assistant.id, { unlocked: false })).rejects.toMatchObject({ status: 403 });
    await expect(removeStudent(batch.id, assistant.id, student.id)).rejects.toMatchObject({ status: 403 });
    const db = await getDb();
    expect((await db.batch.findUniqueOrThrow({ where: { id: batch.id } })).name).toBe("Test class");
  });

  it("reads transcripts and overrides grades, and the override and the audit log name them", async () => {
    const { instructor, sessionId, wrongTurn, batch } = await completedInterview();
    const batchId = batch.id;
    const assistant = await makeUser("INSTRUCTOR", { name: "Ada Assistant" });
    await addAssistant(batchId, instructor.id, assistant.email);
    expect((await transcript(sessionId, assistant.id)).id).toBe(sessionId);
    expect((await getInterviewView(assistant, sessionId)).sessionId).toBe(sessionId); // the report's data
    const stranger = await makeUser("INSTRUCTOR");
    await expect(getInterviewView(stranger, sessionId)).rejects.toMatchObject({ status: 404 });
    await overrideGrade({ turnId: wrongTurn.id, instructorId: assistant.id, verdict: "SHALLOW", score: 55, reason: "Partly right." });
    const after = await transcript(sessionId, instructor.id);
    expect(after.turns.find((t) => t.id === wrongTurn.id)?.overrides[0]?.instructor.name).toBe("Ada Assistant");
    await recordAudit({ actorId: assistant.id, action: "grade.override", targetType: "turn", targetId: wrongTurn.id, batchId });
    await recordAudit({ actorId: instructor.id, action: "batch.rename", targetType: "batch", targetId: batchId, batchId });
    const log = await listBatchAudit(batchId, assistant.id);
    expect(log.slice(0, 2).map((e) => [e.actor?.name, e.actorStanding])).toEqual([
      [instructor.name, "Owner"],
      ["Ada Assistant", "Assistant"],
    ]);
  });
});

describe("leaving and removal", () => {
  it("lets the owner remove an assistant and an assistant leave, but not remove someone else", async () => {
    const { batch, instructor, assistant } = await classWithAssistant();
    const second = await makeUser("INSTRUCTOR");
    await addAssistant(batch.id, instructor.id, second.email);
    await expect(removeAssistant(batch.id, assistant.id, second.id)).rejects.toMatchObject({ status: 403 });
    await removeAssistant(batch.id, assistant.id, assistant.id);
    await expect(classAccess(batch.id, assistant.id, "view")).rejects.toMatchObject({ status: 404 });
    await removeAssistant(batch.id, instructor.id, second.id);
    expect((await classStaff(batch.id, instructor.id)).assistants).toEqual([]);
    await expect(removeAssistant(batch.id, instructor.id, second.id)).rejects.toMatchObject({ status: 404 });
    expect(await listInstructorBatches(second.id)).toEqual([]);
  });
});
