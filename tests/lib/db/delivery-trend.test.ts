// The delivery trend's data: a student's own completed interviews with a spoken answer, newest
// first, each with only its spoken answers (typed ones, open interviews and other students' left out).
import { beforeAll, describe, expect, it } from "vitest";
import { spokenAnswersByInterview } from "@/lib/db/queries/delivery-trend";
import { addQuestions } from "@/lib/db/queries/topics";
import type { Answer } from "@/lib/domain";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, startInterview, submitAnswer } from "@/lib/interview/service";
import { deliveryTrend } from "@/lib/speech/delivery-trend";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

type User = Awaited<ReturnType<typeof makeUser>>;

beforeAll(() => setEngineModel(null)); // offline grader: deterministic

const TEXT = "An index keeps a sorted copy of a column, so a lookup skips most rows, but um every write has to update it too.";
const spoken = (durationSeconds: number): Answer => ({ text: TEXT, spoken: { durationSeconds, silencesMs: [3000], transcribedBy: "server" } });
const typed: Answer = { text: TEXT };

/** A job-practice interview: the given answers in order, then ended (or left open). */
async function practise(student: User, answers: Answer[], end = true) {
  const setup = { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" } as const;
  let { view } = await startInterview(student, { source: "JOB_PRACTICE", setup });
  for (const a of answers) if (view.pending) view = await submitAnswer(student, view.sessionId, view.pending.turn, a);
  if (end && view.status !== "COMPLETED") view = await endInterview(student, view.sessionId);
  return view.sessionId;
}

describe("spokenAnswersByInterview", () => {
  it("is empty for a student with typed answers only", async () => {
    const student = await makeUser("STUDENT");
    await practise(student, [typed, typed]);
    expect(await spokenAnswersByInterview(student.id)).toEqual([]);
  });

  it("returns completed interviews with their spoken answers only, newest first, class interviews by topic name", async () => {
    const student = await makeUser("STUDENT");
    const first = await practise(student, [spoken(12), typed]);
    await practise(student, [typed]);
    const second = await practise(student, [spoken(10), spoken(14), typed]);

    // A class interview answered aloud counts too, under its topic's name.
    const { student: classStudent, topic } = await makeBatchWithTopic();
    await addQuestions(topic.id, DEMO_TOPICS[0]!.questions);
    const classView = (await startInterview(classStudent, { source: "CLASS_TOPIC", topicId: topic.id })).view;
    await submitAnswer(classStudent, classView.sessionId, 0, spoken(12));
    await endInterview(classStudent, classView.sessionId);
    expect((await spokenAnswersByInterview(classStudent.id)).map((s) => s.title)).toEqual(["Topic A"]);

    // Noise: another student's spoken interview, and this student's open one.
    await practise(await makeUser("STUDENT"), [spoken(12)]);
    await practise(student, [spoken(12)], false);

    const sessions = await spokenAnswersByInterview(student.id);
    expect(sessions.map((s) => s.id)).toEqual([second, first]);
    expect(sessions[0]).toMatchObject({ title: "Backend engineer", completedAt: expect.any(Date) });
    expect(sessions[0]!.turns).toHaveLength(2);
    expect(sessions[0]!.turns.every((t) => t.answerText === TEXT)).toBe(true);
    expect(sessions[1]!.turns).toEqual([{ answerText: TEXT, answerExtra: { spoken: { durationSeconds: 12, silencesMs: [3000], transcribedBy: "server" } } }]);
    expect(await spokenAnswersByInterview(student.id, 1)).toHaveLength(1);

    // What the dashboard draws from it: 24 words in 12 s, then 48 words in 24 s — 120 wpm each.
    const trend = deliveryTrend(sessions);
    expect(trend.points.map((p) => [p.sessionId, p.spokenAnswers, p.wpm, p.pausesPerAnswer])).toEqual([
      [first, 1, 120, 1],
      [second, 2, 120, 1],
    ]);
  });
});
