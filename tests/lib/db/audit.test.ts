// The instructor's audit page data: their batch's entries, newest first, with readable targets.
import { describe, expect, it } from "vitest";
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
});
