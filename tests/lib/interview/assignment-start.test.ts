// Starting an attempt at an assignment: the one place that checks it (lib/interview/sources/assignment.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { assignmentMessages } from "@/lib/assignments/validation";
import { getDb } from "@/lib/db/client";
import { createAssignment, setAssignmentArchived } from "@/lib/db/queries/assignments";
import { addQuestions, createTopic } from "@/lib/db/queries/topics";
import { setEngineModel } from "@/lib/interview/engine";
import { startSchema } from "@/lib/interview/input";
import { endInterview, getInterviewView, startInterview, submitAnswer } from "@/lib/interview/service";
import type { InterviewView } from "@/lib/interview/view";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

const BANK = DEMO_TOPICS[0]!.questions.slice(0, 3);
const HOUR = 3_600_000;

beforeAll(() => setEngineModel(null));

async function setup({ dueInMs = 48 * HOUR, opensInMs = -HOUR, maxAttempts = null as number | null, unlocked = true } = {}) {
  const ctx = await makeBatchWithTopic();
  const topic = await createTopic(ctx.batch.id, { name: "Assigned topic", unlocked });
  await addQuestions(topic.id, BANK);
  const now = Date.now();
  const assignment = await createAssignment(ctx.instructor.id, {
    batchId: ctx.batch.id,
    kind: "TOPIC",
    topicId: topic.id,
    title: "",
    instructions: "",
    opensAt: new Date(now + opensInMs),
    dueAt: new Date(now + dueInMs),
    maxAttempts,
  });
  return { ...ctx, assignedTopic: topic, assignment };
}

const start = (student: { id: string; name: string; role: "STUDENT" }, assignmentId: string) => startInterview(student as never, { source: "ASSIGNMENT", assignmentId });
const finish = async (student: never, view: InterviewView) => {
  let v = view;
  while (v.pending) v = await submitAnswer(student, v.sessionId, v.pending.turn, { text: "I am not sure, maybe something about memory." });
  return v;
};
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "started",
    (e: { message: string; status: number }) => `${e.status} ${e.message}`,
  );

describe("starting an assignment", () => {
  it("is a start request of its own at POST /api/interviews: the assignment's id, nothing else", () => {
    expect(startSchema.parse({ source: "ASSIGNMENT", assignmentId: " a1 " })).toEqual({ source: "ASSIGNMENT", assignmentId: "a1" });
    expect(startSchema.safeParse({ source: "ASSIGNMENT", assignmentId: "" }).error?.issues[0]?.message).toBe("Choose one of your assignments.");
  });

  it("starts the assigned topic with the assignment on the session, even while the topic is locked for free practice", async () => {
    const { student, assignment, assignedTopic } = await setup({ unlocked: false });
    expect(await refusal(startInterview(student as never, { source: "CLASS_TOPIC", topicId: assignedTopic.id }))).toMatch(/^404/);
    const { view, resumed } = await start(student as never, assignment.id);
    expect(resumed).toBe(false);
    expect(view.topicName).toBe("Assigned topic");
    const db = await getDb();
    const session = await db.interviewSession.findUniqueOrThrow({ where: { id: view.sessionId } });
    expect(session).toMatchObject({ assignmentId: assignment.id, topicId: assignedTopic.id, late: false, source: "CLASS_TOPIC" });
    // Start again: the open attempt is resumed, not a second one created.
    const again = await start(student as never, assignment.id);
    expect(again).toMatchObject({ resumed: true, view: { sessionId: view.sessionId } });
  });

  it("marks an attempt started after the due date as late, and the report view says so", async () => {
    const { student, assignment } = await setup({ opensInMs: -48 * HOUR, dueInMs: -HOUR });
    const { view } = await start(student as never, assignment.id);
    const db = await getDb();
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id: view.sessionId } })).late).toBe(true);
    expect((await getInterviewView(student as never, view.sessionId)).lateAttempt).toBe(true);
  });

  it("is on time just before the due date", async () => {
    const { student, assignment } = await setup({ dueInMs: 5_000 });
    const { view } = await start(student as never, assignment.id);
    expect(view.lateAttempt).toBe(false);
  });

  it("enforces the attempt limit; an interview ended with no answer does not count", async () => {
    const { student, assignment } = await setup({ maxAttempts: 1 });
    const abandoned = await start(student as never, assignment.id);
    expect((await endInterview(student as never, abandoned.view.sessionId)).status).toBe("ABANDONED");
    const first = await start(student as never, assignment.id);
    expect(first.view.sessionId).not.toBe(abandoned.view.sessionId);
    const done = await finish(student as never, first.view);
    expect(done.status).toBe("COMPLETED");
    expect(await refusal(start(student as never, assignment.id))).toBe(`409 ${assignmentMessages.noAttemptsLeft}`);
  });

  it("refuses before it opens, once withdrawn, and to students outside the class (as not found)", async () => {
    const early = await setup({ opensInMs: HOUR, dueInMs: 48 * HOUR });
    expect(await refusal(start(early.student as never, early.assignment.id))).toBe(`409 ${assignmentMessages.notOpenYet}`);

    const withdrawn = await setup();
    await setAssignmentArchived(withdrawn.batch.id, withdrawn.assignment.id, true);
    expect(await refusal(start(withdrawn.student as never, withdrawn.assignment.id))).toBe(`409 ${assignmentMessages.archived}`);

    const outsider = await makeUser("STUDENT");
    expect(await refusal(start(outsider as never, withdrawn.assignment.id))).toBe(`404 ${assignmentMessages.notFound}`);
    expect(await refusal(start(outsider as never, "no-such-assignment"))).toBe(`404 ${assignmentMessages.notFound}`);
  });

  it("refuses when the assigned topic was archived after the assignment was set", async () => {
    const { student, assignment, assignedTopic } = await setup();
    const db = await getDb();
    await db.topic.update({ where: { id: assignedTopic.id }, data: { archivedAt: new Date() } });
    expect(await refusal(start(student as never, assignment.id))).toBe(`409 ${assignmentMessages.topicArchived}`);
  });

  it("starts job practice with the assignment's setup, kept apart from the student's own job practice", async () => {
    const ctx = await makeBatchWithTopic();
    const assignment = await createAssignment(ctx.instructor.id, {
      batchId: ctx.batch.id,
      kind: "JOB",
      setup: { role: "Backend engineer", seniority: "JUNIOR", focus: "TECHNICAL", questionCount: 3, language: "en" },
      title: "",
      instructions: "",
      opensAt: new Date(Date.now() - HOUR),
      dueAt: new Date(Date.now() + HOUR),
      maxAttempts: null,
    });
    expect(assignment.title).toBe("Backend engineer");
    const own = await startInterview(ctx.student as never, {
      source: "JOB_PRACTICE",
      setup: { role: "Designer", seniority: "MID", focus: "MIXED", questionCount: 3, language: "en" },
    });
    const { view } = await start(ctx.student as never, assignment.id);
    expect(view.sessionId).not.toBe(own.view.sessionId);
    expect(view.source).toBe("JOB_PRACTICE");
    expect(view.setup).toMatchObject({ role: "Backend engineer", seniority: "JUNIOR", focus: "TECHNICAL", questionCount: 3 });
    const db = await getDb();
    // No class of its own: class analytics never count it.
    expect(await db.interviewSession.findUniqueOrThrow({ where: { id: view.sessionId } })).toMatchObject({ assignmentId: assignment.id, batchId: null, topicId: null });
  });
});
