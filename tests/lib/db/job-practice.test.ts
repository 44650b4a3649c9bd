// The job-practice page's data: one student's job-practice interviews only, scores grouped by
// role (case-insensitive) and dimension means per completed session.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { jobPracticeHome } from "@/lib/db/queries/job-practice";
import { addQuestions } from "@/lib/db/queries/topics";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, startInterview, submitAnswer } from "@/lib/interview/service";
import type { JobSetup } from "@/lib/job-practice/setup";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

type User = Awaited<ReturnType<typeof makeUser>>;

beforeAll(() => setEngineModel(null)); // offline grader: deterministic

const ANSWER = "I would start from the requirements, explain the trade-offs, measure before optimising, write tests, and describe a real project where I did this with my team.";

const setup = (role: string, over: Partial<JobSetup> = {}): JobSetup => ({ role, seniority: "MID", focus: "MIXED", questionCount: 3, language: "en", ...over });

/** Runs a job-practice interview to its report (answering every question) and returns its id. */
async function practise(student: User, role: string, over: Partial<JobSetup> = {}) {
  let { view } = await startInterview(student, { source: "JOB_PRACTICE", setup: setup(role, over) });
  while (view.pending) view = await submitAnswer(student, view.sessionId, view.pending.turn, { text: ANSWER });
  expect(view.status).toBe("COMPLETED");
  return view.sessionId;
}

describe("jobPracticeHome", () => {
  it("is empty for a student who has not practised", async () => {
    const student = await makeUser("STUDENT");
    expect(await jobPracticeHome(student.id)).toEqual({ open: null, recent: [], byRole: [], dimensionTrend: [] });
  });

  it("groups scores by role, averages dimensions per session, and shows only this student's job practice", async () => {
    const student = await makeUser("STUDENT");
    const first = await practise(student, "Frontend developer");
    const second = await practise(student, "frontend DEVELOPER", { seniority: "SENIOR", focus: "TECHNICAL" });
    const third = await practise(student, "Data analyst");

    // Noise that must not show: another student's job practice, and this student's class interview.
    const other = await makeUser("STUDENT");
    await practise(other, "Frontend developer");
    const { student: classStudent, topic } = await makeBatchWithTopic();
    await addQuestions(topic.id, DEMO_TOPICS[0]!.questions);
    const classView = (await startInterview(classStudent, { source: "CLASS_TOPIC", topicId: topic.id })).view;
    await submitAnswer(classStudent, classView.sessionId, 0, { text: ANSWER });
    await endInterview(classStudent, classView.sessionId);
    expect((await jobPracticeHome(classStudent.id)).recent).toEqual([]);

    const home = await jobPracticeHome(student.id);
    expect(home.open).toBeNull();
    expect(home.recent.map((r) => r.id)).toEqual([third, second, first]);
    expect(home.recent[1]).toMatchObject({ title: "frontend DEVELOPER", status: "COMPLETED", setup: { seniority: "SENIOR", focus: "TECHNICAL", questionCount: 3 } });

    const db = await getDb();
    const sessions = await db.interviewSession.findMany({ where: { id: { in: [first, second, third] } } });
    const score = (id: string) => Math.round(sessions.find((s) => s.id === id)!.overallScore!);

    expect(home.byRole).toHaveLength(2);
    const frontend = home.byRole[0]!;
    expect(frontend).toMatchObject({ key: "frontend developer", role: "frontend DEVELOPER", count: 2, latest: score(second), best: Math.max(score(first), score(second)) });
    expect(frontend.points.map((p) => p.score)).toEqual([score(first), score(second)]);
    expect(new Date(frontend.points[0]!.date).getTime()).toBe(sessions.find((s) => s.id === first)!.completedAt!.getTime());
    expect(home.byRole[1]).toMatchObject({ key: "data analyst", count: 1, latest: score(third), best: score(third) });

    expect(home.dimensionTrend.map((d) => d.sessionId)).toEqual([first, second, third]);
    for (const point of home.dimensionTrend) {
      const turns = await db.turn.findMany({ where: { sessionId: point.sessionId, verdict: { not: null } } });
      expect(turns.length).toBeGreaterThan(0);
      const mean = (k: "relevance" | "accuracy" | "depth" | "clarity") => Math.round(turns.reduce((sum, t) => sum + t[k]!, 0) / turns.length);
      expect(point).toMatchObject({ relevance: mean("relevance"), accuracy: mean("accuracy"), depth: mean("depth"), clarity: mean("clarity") });
    }
  });

  it("reports the open interview, and the service refuses a second one", async () => {
    const student = await makeUser("STUDENT");
    const { view } = await startInterview(student, { source: "JOB_PRACTICE", setup: setup("Backend engineer") });
    await submitAnswer(student, view.sessionId, 0, { text: ANSWER });
    const home = await jobPracticeHome(student.id);
    expect(home.open).toMatchObject({ id: view.sessionId, title: "Backend engineer", answered: 1 });
    expect(home.recent).toMatchObject([{ id: view.sessionId, status: "IN_PROGRESS", score: null }]);
    expect(home.byRole).toEqual([]);
    await expect(startInterview(student, { source: "JOB_PRACTICE", setup: setup("QA engineer") })).rejects.toMatchObject({ status: 409 });
  });
});
