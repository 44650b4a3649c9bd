import { classAccess } from "@/lib/db/queries/class-access";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createBatch, enrollStudent, findBatchByCode, generateClassCode, listInstructorBatches, listStudentBatches, regenerateClassCode } from "@/lib/db/queries/batches";
import { addQuestions, createTopic } from "@/lib/db/queries/topics";
import { CLASS_CODE_ALPHABET, CLASS_CODE_LENGTH } from "@/lib/domain";
import { makeUser } from "../../support/factories";

describe("batches and class codes", () => {
  it("generates readable codes without look-alike characters", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateClassCode();
      expect(code).toHaveLength(CLASS_CODE_LENGTH);
      for (const ch of code) expect(CLASS_CODE_ALPHABET).toContain(ch);
    }
  });

  it("finds a batch by code ignoring case and surrounding spaces", async () => {
    const instructor = await makeUser("INSTRUCTOR");
    const batch = await createBatch(instructor.id, "Algorithms");
    expect((await findBatchByCode(`  ${batch.classCode.toLowerCase()} `))?.id).toBe(batch.id);
    expect(await findBatchByCode("NOPE99")).toBeNull();
  });

  it("stops accepting the old code once it is regenerated", async () => {
    const instructor = await makeUser("INSTRUCTOR");
    const batch = await createBatch(instructor.id, "Networks");
    const updated = await regenerateClassCode(batch.id);
    expect(updated.classCode).not.toBe(batch.classCode);
    expect(await findBatchByCode(batch.classCode)).toBeNull();
    expect((await findBatchByCode(updated.classCode))?.id).toBe(batch.id);
  });

  it("scopes a batch to its own instructor", async () => {
    const owner = await makeUser("INSTRUCTOR");
    const other = await makeUser("INSTRUCTOR");
    const batch = await createBatch(owner.id, "Mine");
    expect((await classAccess(batch.id, owner.id, "manage")).role).toBe("OWNER");
    await expect(classAccess(batch.id, other.id, "view")).rejects.toMatchObject({ status: 404 });
    expect((await listInstructorBatches(other.id)).map((b) => b.id)).not.toContain(batch.id);
  });

  it("enrols a student once, explains a second join, and lets a removed student rejoin", async () => {
    const instructor = await makeUser("INSTRUCTOR");
    const student = await makeUser("STUDENT");
    const batch = await createBatch(instructor.id, "Class");
    await enrollStudent(batch.id, student.id);
    await expect(enrollStudent(batch.id, student.id)).rejects.toMatchObject({ code: "conflict:enrollment", status: 409 });
    const db = await getDb();
    await db.enrollment.updateMany({ where: { batchId: batch.id, studentId: student.id }, data: { removedAt: new Date() } });
    expect(await listStudentBatches(student.id)).toHaveLength(0);
    await enrollStudent(batch.id, student.id);
    expect(await listStudentBatches(student.id)).toHaveLength(1);
  });

  it("lists a student's batches with topics in order and their question counts", async () => {
    const instructor = await makeUser("INSTRUCTOR");
    const student = await makeUser("STUDENT");
    const batch = await createBatch(instructor.id, "Ordered");
    const t1 = await createTopic(batch.id, { name: "First", unlocked: true });
    const t2 = await createTopic(batch.id, { name: "Second" });
    await addQuestions(t1.id, [
      { text: "Q1?", difficulty: "EASY" },
      { text: "  q1? ", difficulty: "HARD" }, // duplicate by text: skipped
      { text: "Q2?", difficulty: "MEDIUM", referenceAnswer: "A", keyPoints: ["a"] },
    ]);
    await enrollStudent(batch.id, student.id);
    const [listed] = await listStudentBatches(student.id);
    expect(listed?.topics.map((t) => [t.name, t.unlocked, t._count.questions])).toEqual([
      ["First", true, 2],
      ["Second", false, 0],
    ]);
    expect([t1.position, t2.position]).toEqual([0, 1]);
  });
});
