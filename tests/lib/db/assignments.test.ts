import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import {
  assignmentSessionTranscript,
  batchAssignments,
  createAssignment,
  nextDueAssignment,
  setAssignmentArchived,
  studentAssignments,
  updateAssignment,
} from "@/lib/db/queries/assignments";
import { createBatch, enrollStudent } from "@/lib/db/queries/batches";
import { removeStudent } from "@/lib/db/queries/instructor";
import { createTopic } from "@/lib/db/queries/topics";
import { assignmentMessages } from "@/lib/assignments/validation";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

const HOUR = 3_600_000;
const schedule = (dueInHours = 48) => ({ title: "", instructions: "", opensAt: new Date(Date.now() - HOUR), dueAt: new Date(Date.now() + dueInHours * HOUR), maxAttempts: null });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { status: number; message: string }) => `${e.status} ${e.message}`,
  );

/** A session row for an assignment, as the start path writes it (the service is tested in tests/lib/interview/assignment-start.test.ts). */
async function attempt(
  a: { id: string; topicId: string | null; batchId: string },
  studentId: string,
  status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED",
  score: number | null,
  late = false,
) {
  const db = await getDb();
  return db.interviewSession.create({
    data: {
      studentId,
      assignmentId: a.id,
      source: a.topicId ? "CLASS_TOPIC" : "JOB_PRACTICE",
      topicId: a.topicId,
      batchId: a.topicId ? a.batchId : null,
      status,
      overallScore: score,
      late,
      title: "t",
      openKey: status === "IN_PROGRESS" ? `${studentId}:assignment:${a.id}` : null,
    },
  });
}

describe("assignments data layer", () => {
  it("creates a topic assignment titled after the topic, only with a live topic of the same class", async () => {
    const { instructor, batch, topic } = await makeBatchWithTopic();
    const a = await createAssignment(instructor.id, { ...schedule(), batchId: batch.id, kind: "TOPIC", topicId: topic.id });
    expect(a).toMatchObject({ title: topic.name, topicId: topic.id, setup: null, createdById: instructor.id });

    const other = await createBatch(instructor.id, "Other class");
    const foreign = await createTopic(other.id, { name: "Elsewhere" });
    expect(await failure(createAssignment(instructor.id, { ...schedule(), batchId: batch.id, kind: "TOPIC", topicId: foreign.id }))).toBe(`400 ${assignmentMessages.topicGone}`);
    const db = await getDb();
    const gone = await createTopic(batch.id, { name: "Gone" });
    await db.topic.update({ where: { id: gone.id }, data: { archivedAt: new Date() } });
    expect(await failure(createAssignment(instructor.id, { ...schedule(), batchId: batch.id, kind: "TOPIC", topicId: gone.id }))).toBe(`400 ${assignmentMessages.topicGone}`);
  });

  it("updates the schedule (an empty title keeps the old one) and archives, within the class only", async () => {
    const { instructor, batch, topic } = await makeBatchWithTopic();
    const a = await createAssignment(instructor.id, { ...schedule(), batchId: batch.id, kind: "TOPIC", topicId: topic.id, title: "Week 1" });
    const updated = await updateAssignment(batch.id, a.id, { ...schedule(72), maxAttempts: 3, instructions: "Go" });
    expect(updated).toMatchObject({ title: "Week 1", maxAttempts: 3, instructions: "Go" });
    const other = await createBatch(instructor.id, "Other");
    expect(await failure(updateAssignment(other.id, a.id, schedule()))).toBe(`404 ${assignmentMessages.notFound}`);
    expect(await failure(setAssignmentArchived(other.id, a.id, true))).toBe(`404 ${assignmentMessages.notFound}`);
    expect((await setAssignmentArchived(batch.id, a.id, true)).archivedAt).not.toBeNull();
  });

  it("counts completion per assignment and lists who has not started; removed students leave the table", async () => {
    const { instructor, batch, topic, student } = await makeBatchWithTopic();
    const [b, c, d] = [await makeUser("STUDENT", { name: "Bo" }), await makeUser("STUDENT", { name: "Cy" }), await makeUser("STUDENT", { name: "Di" })];
    for (const s of [b, c, d]) await enrollStudent(batch.id, s.id);
    const a = await createAssignment(instructor.id, { ...schedule(), batchId: batch.id, kind: "TOPIC", topicId: topic.id });
    await attempt(a, student.id, "COMPLETED", 72.4);
    await attempt(a, student.id, "COMPLETED", 55, true);
    await attempt(a, b.id, "IN_PROGRESS", null);
    await attempt(a, c.id, "ABANDONED", null); // ended before any answer: not started
    await removeStudent(batch.id, instructor.id, d.id);

    const { assignments, role } = await batchAssignments(batch.id, instructor.id);
    expect(role).toBe("OWNER");
    const rows = assignments[0]!.students;
    expect(rows.map((r) => [r.name, r.status, r.attempts, r.bestScore, r.late])).toEqual([
      [student.name, "COMPLETED", 2, 72, false],
      ["Bo", "IN_PROGRESS", 1, null, false],
      ["Cy", "NOT_STARTED", 0, null, false],
    ]);
    const next = await nextDueAssignment(batch.id, instructor.id);
    expect(next).toMatchObject({ id: a.id, statuses: ["COMPLETED", "IN_PROGRESS", "NOT_STARTED"] });
  });

  it("shows the class's assignments to its staff only: another instructor gets a 404, an assistant may look", async () => {
    const { instructor, batch, topic } = await makeBatchWithTopic();
    await createAssignment(instructor.id, { ...schedule(), batchId: batch.id, kind: "TOPIC", topicId: topic.id });
    const stranger = await makeUser("INSTRUCTOR");
    expect(await failure(batchAssignments(batch.id, stranger.id))).toMatch(/^404/);
    const assistant = await makeUser("INSTRUCTOR");
    const db = await getDb();
    await db.batchStaff.create({ data: { batchId: batch.id, userId: assistant.id, addedById: instructor.id } });
    expect((await batchAssignments(batch.id, assistant.id)).role).toBe("ASSISTANT");
  });

  it("opens a job-practice attempt (no class of its own) to the assignment's class staff only", async () => {
    const { instructor, batch, student } = await makeBatchWithTopic();
    const a = await createAssignment(instructor.id, {
      ...schedule(),
      batchId: batch.id,
      kind: "JOB",
      setup: { role: "QA engineer", seniority: "MID", focus: "MIXED", questionCount: 3, language: "en" },
    });
    const s = await attempt(a, student.id, "COMPLETED", 60);
    expect((await assignmentSessionTranscript(batch.id, s.id, instructor.id)).student.name).toBe(student.name);
    const stranger = await makeUser("INSTRUCTOR");
    expect(await failure(assignmentSessionTranscript(batch.id, s.id, stranger.id))).toMatch(/^404/);
    // Through another class the instructor owns: still not found.
    const other = await createBatch(instructor.id, "Other");
    expect(await failure(assignmentSessionTranscript(other.id, s.id, instructor.id))).toMatch(/^404/);
  });

  it("gives a student the live assignments of their classes only", async () => {
    const { instructor, batch, topic, student } = await makeBatchWithTopic();
    const live = await createAssignment(instructor.id, { ...schedule(), batchId: batch.id, kind: "TOPIC", topicId: topic.id, title: "Live" });
    const withdrawn = await createAssignment(instructor.id, { ...schedule(), batchId: batch.id, kind: "TOPIC", topicId: topic.id, title: "Withdrawn" });
    await setAssignmentArchived(batch.id, withdrawn.id, true);
    const elsewhere = await makeBatchWithTopic();
    await createAssignment(elsewhere.instructor.id, { ...schedule(), batchId: elsewhere.batch.id, kind: "TOPIC", topicId: elsewhere.topic.id, title: "Not mine" });
    await attempt(live, student.id, "COMPLETED", 88, true);
    const mine = await studentAssignments(student.id);
    expect(mine.map((a) => [a.title, a.batch.name, a.progress.status, a.progress.bestScore, a.progress.late])).toEqual([["Live", batch.name, "COMPLETED", 88, true]]);
    await removeStudent(batch.id, instructor.id, student.id);
    expect(await studentAssignments(student.id)).toEqual([]);
  });
});
