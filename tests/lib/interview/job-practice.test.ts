// Job practice through the service, on the test database: no class needed, adaptive from the
// seniority's level, one open interview at a time, its student's alone, and never in a class's
// analytics. Offline (deterministic grader).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { batchDashboard, studentInBatch } from "@/lib/db/queries/analytics";
import { studentDashboard } from "@/lib/db/queries/student-dashboard";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, getInterviewView, startInterview, submitAnswer } from "@/lib/interview/service";
import type { JobSetup } from "@/lib/job-practice/setup";
import { BEHAVIOURAL_BANK, TECHNICAL_BANK } from "@/lib/question-bank";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

const SETUP: JobSetup = { role: "Senior React developer", seniority: "SENIOR", focus: "MIXED", questionCount: 5, language: "en" };
const byText = new Map([...Object.values(TECHNICAL_BANK).flat(), ...BEHAVIOURAL_BANK].map((q) => [q.text, q]));
const start = (user: Awaited<ReturnType<typeof makeUser>>, setup: JobSetup = SETUP) => startInterview(user, { source: "JOB_PRACTICE", setup });

beforeAll(() => setEngineModel(null));

describe("job practice", () => {
  it("runs a whole interview for a role without any class, adapting difficulty, and reports it", async () => {
    const student = await makeUser("STUDENT");
    let { view } = await start(student);
    expect(view).toMatchObject({ source: "JOB_PRACTICE", topicId: null, topicName: "Senior React developer", questionCount: 5 });
    expect(view.labels.subtitle).toBe("Senior · mixed focus · 5 questions");
    expect(byText.get(view.pending!.question)?.difficulty).toBe("MEDIUM"); // a senior starts at medium
    while (view.pending) {
      const q = byText.get(view.pending.question);
      view = await submitAnswer(student, view.sessionId, view.pending.turn, { text: q?.referenceAnswer ?? "I would explain the idea with an example." });
    }
    expect(view.status).toBe("COMPLETED");
    const report = view.report!;
    expect(report.difficultyPath).toHaveLength(5);
    expect(report.difficultyPath![1]).toBe("HARD"); // the first answer was the reference: strong → harder
    expect(report.questions.filter((q) => q.kind === "MAIN").map((q) => q.questionKind)).toEqual(["CONCEPT", "CONCEPT", "BEHAVIOURAL", "CONCEPT", "CONCEPT"]);
    const db = await getDb();
    const turns = await db.turn.findMany({ where: { sessionId: view.sessionId, kind: "MAIN" }, orderBy: { index: "asc" } });
    expect(turns.every((t) => t.questionId === null && t.bankQuestionId !== null && t.difficulty !== null && t.answerExtra === null)).toBe(true);
    const session = await db.interviewSession.findUniqueOrThrow({ where: { id: view.sessionId } });
    expect(session).toMatchObject({ source: "JOB_PRACTICE", batchId: null, topicId: null, title: "Senior React developer" });
    expect(session.setup).toMatchObject({ family: "frontend", seniority: "SENIOR" });
  });

  it("is its student's alone: instructors and other students get a 404", async () => {
    const { instructor } = await makeBatchWithTopic();
    const student = await makeUser("STUDENT");
    const other = await makeUser("STUDENT");
    const { view } = await start(student);
    await expect(getInterviewView(instructor, view.sessionId)).rejects.toMatchObject({ status: 404 });
    await expect(getInterviewView(other, view.sessionId)).rejects.toMatchObject({ status: 404 });
    await expect(submitAnswer(other, view.sessionId, 0, { text: "mine now" })).rejects.toMatchObject({ status: 404 });
  });

  it("keeps one open job-practice interview: another start says to resume or end it", async () => {
    const student = await makeUser("STUDENT");
    const { view } = await start(student);
    await expect(start(student, { ...SETUP, role: "Data analyst" })).rejects.toMatchObject({ status: 409, message: expect.stringContaining("Resume it or end it") });
    await endInterview(student, view.sessionId);
    const again = await start(student, { ...SETUP, role: "Data analyst" });
    expect(again.resumed).toBe(false);
    expect(again.view.topicName).toBe("Data analyst");
  });

  it("never swaps one setup for another when two starts race", async () => {
    const student = await makeUser("STUDENT");
    const results = await Promise.allSettled([start(student), start(student, { ...SETUP, role: "Data analyst" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ status: 409 });
  });

  it("refuses other languages without a model, saying why", async () => {
    const student = await makeUser("STUDENT");
    await expect(start(student, { ...SETUP, language: "es" })).rejects.toMatchObject({ status: 400, message: expect.stringContaining("English only") });
  });

  it("stays out of class analytics and class progress (but is in the student's own list)", async () => {
    const { batch, student } = await makeBatchWithTopic();
    let { view } = await start(student, { ...SETUP, questionCount: 3 });
    while (view.pending) view = await submitAnswer(student, view.sessionId, view.pending.turn, { text: byText.get(view.pending.question)?.referenceAnswer ?? "An answer." });
    expect(view.status).toBe("COMPLETED");
    const dashboard = await batchDashboard(batch.id);
    expect(dashboard.histogram.reduce((n, b) => n + b.count, 0)).toBe(0);
    expect(dashboard.overTime).toEqual([]);
    expect((await studentInBatch(batch.id, student.id))!.sessions).toEqual([]);
    const own = await studentDashboard(student.id);
    expect(own.progressByTopic.size).toBe(0);
    expect(own.recentSessions.map((s) => s.id)).toEqual([view.sessionId]);
  });
});
