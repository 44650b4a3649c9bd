// The instructor's audit page data: their batch's entries, newest first, with readable targets.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listBatchAudit, recordAudit } from "@/lib/db/queries/audit";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

describe("batch audit log", () => {
  it("lists the batch's entries newest first with names for their targets, and is private to the owner", async () => {
    const { instructor, batch, topic, student } = await makeBatchWithTopic();
    await recordAudit({ actorId: instructor.id, action: "topic.unlock", targetType: "topic", targetId: topic.id, batchId: batch.id });
    await recordAudit({ actorId: instructor.id, action: "enrollment.remove", targetType: "user", targetId: student.id, batchId: batch.id });
    const other = await makeBatchWithTopic();
    await recordAudit({ actorId: other.instructor.id, action: "topic.unlock", targetType: "topic", targetId: other.topic.id, batchId: other.batch.id });

    const entries = await listBatchAudit(batch.id, instructor.id);
    expect(entries.map((e) => [e.action, e.target])).toEqual([
      ["enrollment.remove", student.name],
      ["topic.unlock", topic.name],
    ]);
    expect(entries[0]!.actor?.email).toBe(instructor.email);
    await expect(listBatchAudit(batch.id, (await makeUser("INSTRUCTOR")).id)).rejects.toMatchObject({ status: 404 });
  });

  it("names an overridden follow-up the way the transcript numbers it (question 1a)", async () => {
    const { instructor, batch, topic, student } = await makeBatchWithTopic();
    const db = await getDb();
    const session = await db.interviewSession.create({ data: { studentId: student.id, topicId: topic.id, batchId: batch.id } });
    await db.turn.create({ data: { sessionId: session.id, index: 0, kind: "MAIN", questionText: "What is a stack?" } });
    const followUp = await db.turn.create({ data: { sessionId: session.id, index: 1, kind: "FOLLOW_UP", questionText: "And a queue?" } });
    await recordAudit({ actorId: instructor.id, action: "grade.override", targetType: "turn", targetId: followUp.id, batchId: batch.id });
    const [entry] = await listBatchAudit(batch.id, instructor.id);
    expect(entry!.target).toBe(`${student.name}, question 1a`);
  });
});
