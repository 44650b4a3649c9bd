import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/lib/db/client";
import { deleteQuestion } from "@/lib/db/queries/instructor";
import { createTopic, addQuestions } from "@/lib/db/queries/topics";
import { resetEnvCache } from "@/lib/env";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, getInterviewView, startInterview, submitAnswer } from "@/lib/interview/service";
import type { InterviewView } from "@/lib/interview/view";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic, makeUser } from "../../support/factories";
import { evaluationJson, ScriptedChatModel } from "../../support/scripted-model";

const BANK = DEMO_TOPICS[0]!.questions;
const reference = (question: string) => BANK.find((q) => q.text === question)?.referenceAnswer ?? "I am not sure.";

beforeAll(() => setEngineModel(null)); // offline grader: deterministic

async function setup(bank = BANK) {
  const ctx = await makeBatchWithTopic();
  await addQuestions(ctx.topic.id, bank);
  return ctx;
}

async function answerAll(student: Awaited<ReturnType<typeof makeUser>>, view: InterviewView, pick: (q: string) => string = reference) {
  while (view.pending) view = await submitAnswer(student, view.sessionId, view.pending.turn, { text: pick(view.pending.question) });
  return view;
}

describe("interview service", () => {
  it("runs a full offline interview and writes every turn and the report to plain tables", async () => {
    const { student, topic } = await setup();
    const { view: first, resumed } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    expect(resumed).toBe(false);
    expect(first.pending).toMatchObject({ turn: 0, kind: "MAIN" });
    expect(BANK.find((q) => q.text === first.pending!.question)?.difficulty).toBe("EASY");

    const done = await answerAll(student, first);
    expect(done.status).toBe("COMPLETED");
    expect(done.turnsAnswered).toBe(8);
    expect(done.report?.questions).toHaveLength(8);
    expect(done.overallScore).toBeGreaterThan(70);

    const db = await getDb();
    const turns = await db.turn.findMany({ where: { sessionId: done.sessionId }, orderBy: { index: "asc" } });
    expect(turns.map((t) => t.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(turns.every((t) => t.verdict === "STRONG" && t.grader === "offline" && t.answerText && t.score !== null)).toBe(true);
    expect((turns[0]!.evaluation as { covered: unknown[] }).covered.length).toBeGreaterThan(0);
    const session = await db.interviewSession.findUniqueOrThrow({ where: { id: done.sessionId } });
    expect(session.openKey).toBeNull();
    expect(session.completedAt).not.toBeNull();
  });

  it("resumes the open session instead of starting a second one, even from two tabs at once", async () => {
    const { student, topic } = await setup();
    const [a, b] = await Promise.all([
      startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id }),
      startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id }),
    ]);
    expect(a.view.sessionId).toBe(b.view.sessionId);
    const again = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    expect(again).toMatchObject({ resumed: true, view: { sessionId: a.view.sessionId } });
    const db = await getDb();
    expect(await db.interviewSession.count({ where: { studentId: student.id, topicId: topic.id } })).toBe(1);
  });

  it("resumes an open interview even after the instructor emptied the topic's bank", async () => {
    const { student, topic, instructor } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    const db = await getDb();
    for (const q of await db.question.findMany({ where: { topicId: topic.id } })) await deleteQuestion(q.id, instructor.id);
    const again = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    expect(again).toMatchObject({ resumed: true, view: { sessionId: view.sessionId } });
  });

  it("grades a repeated submission once, and answers 409 to a different or stale one", async () => {
    const { student, topic } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    const answer = reference(view.pending!.question);
    const once = await submitAnswer(student, view.sessionId, 0, { text: answer });
    const twice = await submitAnswer(student, view.sessionId, 0, { text: answer });
    expect(twice.pending).toEqual(once.pending);
    await expect(submitAnswer(student, view.sessionId, 0, { text: "a different answer" })).rejects.toMatchObject({ status: 409, code: "conflict:turn" });
    await expect(submitAnswer(student, view.sessionId, 5, { text: "from the future" })).rejects.toMatchObject({ status: 409 });
    const db = await getDb();
    expect(await db.turn.count({ where: { sessionId: view.sessionId } })).toBe(2);
  });

  it("20 parallel submissions of the same turn produce exactly one evaluation", async () => {
    const { student, topic } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    const answer = reference(view.pending!.question);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => submitAnswer(student, view.sessionId, 0, { text: answer })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const db = await getDb();
    const turns = await db.turn.findMany({ where: { sessionId: view.sessionId } });
    expect(turns).toHaveLength(2);
    expect(turns.filter((t) => t.verdict !== null)).toHaveLength(1);
  });

  it("keeps sessions private: other students and other instructors get 404, the batch's instructor may read", async () => {
    const { student, topic, instructor } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    const stranger = await makeUser("STUDENT");
    const otherInstructor = await makeUser("INSTRUCTOR");
    await expect(getInterviewView(stranger, view.sessionId)).rejects.toMatchObject({ status: 404 });
    await expect(submitAnswer(stranger, view.sessionId, 0, { text: "mine now" })).rejects.toMatchObject({ status: 404 });
    await expect(getInterviewView(otherInstructor, view.sessionId)).rejects.toMatchObject({ status: 404 });
    expect((await getInterviewView(instructor, view.sessionId)).sessionId).toBe(view.sessionId);
    await expect(submitAnswer(instructor, view.sessionId, 0, { text: "not a student" })).rejects.toMatchObject({ status: 404 });
  });

  it("refuses locked topics, topics of other classes, and empty banks with clear errors", async () => {
    const { student, batch, topic } = await setup();
    const locked = await createTopic(batch.id, { name: "Locked" });
    await addQuestions(locked.id, BANK.slice(0, 2));
    await expect(startInterview(student, { source: "CLASS_TOPIC", topicId: locked.id })).rejects.toMatchObject({ status: 404, code: "not_found:topic" });
    const outsider = await makeUser("STUDENT");
    await expect(startInterview(outsider, { source: "CLASS_TOPIC", topicId: topic.id })).rejects.toMatchObject({ status: 404 });
    const empty = await createTopic(batch.id, { name: "Empty", unlocked: true });
    await expect(startInterview(student, { source: "CLASS_TOPIC", topicId: empty.id })).rejects.toMatchObject({ status: 400, code: "bad_request:topic" });
  });

  it("ends early with a report on what was answered, or abandons when nothing was", async () => {
    const { student, topic, batch } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    const afterOne = await submitAnswer(student, view.sessionId, 0, { text: reference(view.pending!.question) });
    const ended = await endInterview(student, afterOne.sessionId);
    expect(ended).toMatchObject({ status: "COMPLETED", turnsAnswered: 1, pending: null });
    expect(ended.report).toMatchObject({ endedEarly: true });
    expect(ended.report?.questions).toHaveLength(1);
    await expect(submitAnswer(student, view.sessionId, 1, { text: "too late" })).rejects.toMatchObject({ status: 409 });

    const other = await createTopic(batch.id, { name: "Second", unlocked: true });
    await addQuestions(other.id, BANK.slice(0, 3));
    const second = await startInterview(student, { source: "CLASS_TOPIC", topicId: other.id });
    expect((await endInterview(student, second.view.sessionId)).status).toBe("ABANDONED");
  });

  it("keeps per-answer feedback for the report unless the batch or topic shows it", async () => {
    const { student, topic, batch } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    const afterOne = await submitAnswer(student, view.sessionId, 0, { text: reference(view.pending!.question) });
    expect(afterOne.lastFeedback).toBeNull();
    const db = await getDb();
    await db.batch.update({ where: { id: batch.id }, data: { showFeedback: true } });
    const shown = await getInterviewView(student, view.sessionId);
    expect(shown.lastFeedback).toMatchObject({ turn: 0, verdict: "STRONG" });
    expect(shown.lastFeedback!.feedback.length).toBeGreaterThan(10);
    await db.topic.update({ where: { id: topic.id }, data: { showFeedback: false } }); // the topic's own setting wins
    expect((await getInterviewView(student, view.sessionId)).lastFeedback).toBeNull();
  });

  it("stops when the bank runs out before 8 turns", async () => {
    const { student, topic } = await setup(BANK.slice(0, 3));
    const done = await answerAll(student, (await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id })).view);
    expect(done).toMatchObject({ status: "COMPLETED", turnsAnswered: 3 });
  });

  it("grades an answer whose grading was cut off by a crash, on the next read", async () => {
    const { student, topic } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    const db = await getDb();
    // As if the server died right after claiming the answer, before the graph graded it.
    await db.turn.updateMany({
      where: { sessionId: view.sessionId, index: 0 },
      data: { answerText: reference(view.pending!.question), answeredAt: new Date(Date.now() - 60_000) },
    });
    const recovered = await getInterviewView(student, view.sessionId);
    expect(recovered.turnsAnswered).toBe(1);
    expect(recovered.pending).toMatchObject({ turn: 1 });
  });

  it("with a model, leaves a claim alone while another instance could still be grading it", async () => {
    const { student, topic } = await setup();
    const model = new ScriptedChatModel(({ kind }) => (kind === "evaluate" ? evaluationJson("strong") : "Next question, please."));
    setEngineModel({ model, name: "fake", timeoutMs: 5_000 }); // slowest healthy step: the 30 s step deadline + 15 s = 45 s
    try {
      const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
      const db = await getDb();
      const claim = (ageMs: number) =>
        db.turn.updateMany({ where: { sessionId: view.sessionId, index: 0 }, data: { answerText: "An answer.", answeredAt: new Date(Date.now() - ageMs) } });
      await claim(30_000);
      expect((await getInterviewView(student, view.sessionId)).processing).toBe(true); // not re-driven yet
      await claim(61_000);
      expect((await getInterviewView(student, view.sessionId)).turnsAnswered).toBe(1); // now it is
    } finally {
      setEngineModel(null);
    }
  });
});

describe("ending an interview", () => {
  const narrative = JSON.stringify({ strengths: ["Clear."], weaknesses: ["Thin."], actionPlan: ["Practise."] });
  function slowReportModel(delayMs: number) {
    const model = new ScriptedChatModel(({ kind }) =>
      kind === "evaluate" ? evaluationJson("strong") : kind === "report" ? { delayMs, reply: narrative } : "Next question, please.",
    );
    setEngineModel({ model, name: "fake", timeoutMs: 5_000 });
    return model;
  }

  it("refuses (409) an answer sent while the report is being written; the report covers what came before", async () => {
    const { student, topic } = await setup();
    slowReportModel(800);
    try {
      const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
      const afterOne = await submitAnswer(student, view.sessionId, 0, { text: "An answer." });
      const ending = endInterview(student, view.sessionId);
      await new Promise((r) => setTimeout(r, 200)); // "Ending…" is on screen
      const late = await submitAnswer(student, view.sessionId, afterOne.pending!.turn, { text: "A late answer." }).catch((e: { status?: number; message: string }) => e);
      expect(late).toMatchObject({ status: 409 });
      expect((late as Error).message).toMatch(/ended this interview/);
      expect((await getInterviewView(student, view.sessionId)).ending).toBe(true);
      const done = await ending;
      expect(done.status).toBe("COMPLETED");
      expect(done.report?.questions).toHaveLength(1);
      const db = await getDb();
      const turns = await db.turn.findMany({ where: { sessionId: view.sessionId }, orderBy: { index: "asc" } });
      expect(turns.map((t) => [t.index, t.answerText !== null, t.verdict !== null])).toEqual([
        [0, true, true],
        [1, false, false],
      ]);
      const after = await submitAnswer(student, view.sessionId, 1, { text: "Later still." }).catch((e: { status?: number }) => e);
      expect(after).toMatchObject({ status: 409 });
    } finally {
      setEngineModel(null);
    }
  });

  it("a double End writes the report once; both requests get it", async () => {
    const { student, topic } = await setup();
    const model = slowReportModel(400);
    try {
      const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
      await submitAnswer(student, view.sessionId, 0, { text: "An answer." });
      const [a, b] = await Promise.all([endInterview(student, view.sessionId), endInterview(student, view.sessionId)]);
      expect(a.status).toBe("COMPLETED");
      expect(b.status).toBe("COMPLETED");
      expect(b.report).toEqual(a.report);
      expect(model.calls.filter((c) => c.kind === "report")).toHaveLength(1);
    } finally {
      setEngineModel(null);
    }
  });

  it("the stale-claim window covers a whole step's deadline, repairs included", async () => {
    const { student, topic } = await setup();
    const model = new ScriptedChatModel(({ kind }) => (kind === "evaluate" ? evaluationJson("strong") : "Next question, please."));
    // Short per-call timeout, long step budget: a healthy step may take the whole 60 s.
    setEngineModel({ model, name: "fake", timeoutMs: 2_000, turnBudgetMs: 60_000 });
    try {
      const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
      const db = await getDb();
      const claim = (ageMs: number) =>
        db.turn.updateMany({ where: { sessionId: view.sessionId, index: 0 }, data: { answerText: "An answer.", answeredAt: new Date(Date.now() - ageMs) } });
      await claim(50_000);
      expect((await getInterviewView(student, view.sessionId)).processing).toBe(true);
      await claim(76_000);
      expect((await getInterviewView(student, view.sessionId)).turnsAnswered).toBe(1);
    } finally {
      setEngineModel(null);
    }
  });

  it("an end whose report was never written (the instance stopped) is finished on the next read", async () => {
    const { student, topic } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    await submitAnswer(student, view.sessionId, 0, { text: reference(view.pending!.question) });
    const db = await getDb();
    await db.interviewSession.update({ where: { id: view.sessionId }, data: { endRequestedAt: new Date(Date.now() - 60_000) } });
    const recovered = await getInterviewView(student, view.sessionId);
    expect(recovered.status).toBe("COMPLETED");
    expect(recovered.report?.questions).toHaveLength(1);
  });
});

describe("a checkpoint behind the turns table", () => {
  it("replays the stored answers so each answer reaches the question it was given to", async () => {
    const { student, topic } = await setup();
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    const db = await getDb();
    // As if a server graded turn 0 and asked turn 1, then died before saving the checkpoint:
    // the rows moved on, the graph still waits at turn 0.
    const first = reference(view.pending!.question);
    await db.turn.update({
      where: { sessionId_index: { sessionId: view.sessionId, index: 0 } },
      data: { answerText: first, answeredAt: new Date(), verdict: "STRONG", score: 90, grader: "offline" },
    });
    const next = BANK.find((q) => q.text !== view.pending!.question && q.difficulty === "EASY")!;
    await db.turn.create({ data: { sessionId: view.sessionId, index: 1, kind: "MAIN", questionId: null, questionText: next.text } });
    const after = await submitAnswer(student, view.sessionId, 1, { text: "The second answer." });
    expect(after.turnsAnswered).toBe(2);
    const done = await endInterview(student, view.sessionId);
    expect(done.report!.questions.map((q) => [q.index, q.answer])).toEqual([
      [0, first],
      [1, "The second answer."],
    ]);
  });
});

describe("resume from the checkpoint in a fresh process", () => {
  it("continues at the same question after the database is closed and reopened", async () => {
    const usePglite = !process.env.TEST_POSTGRES_URL;
    if (usePglite) {
      // A real folder, so the checkpoint outlives the in-memory instance.
      process.env.DATABASE_URL = `pglite:${path.join(mkdtempSync(path.join(tmpdir(), "resume-")), "db")}`;
      resetEnvCache();
      await closeDb();
    }
    const { student, topic } = await setup();
    let view = (await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id })).view;
    view = await submitAnswer(student, view.sessionId, 0, { text: reference(view.pending!.question) });
    view = await submitAnswer(student, view.sessionId, 1, { text: reference(view.pending!.question) });
    const before = view.pending;

    await closeDb(); // the "process" ends: every handle, the graph and its checkpointer go
    const reopened = await getInterviewView(student, view.sessionId);
    expect(reopened.pending).toEqual(before);
    const done = await answerAll(student, reopened);
    expect(done).toMatchObject({ status: "COMPLETED", turnsAnswered: 8 });
  });
});
