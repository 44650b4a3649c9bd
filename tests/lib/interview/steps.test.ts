// A step of the interviewer writes its turn rows and its checkpoint together or not at all.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getCheckpointer } from "@/lib/db/checkpointer";
import { getDb } from "@/lib/db/client";
import { getSession } from "@/lib/db/queries/interviews";
import { StepWrites } from "@/lib/db/queries/interview-steps";
import { addQuestions } from "@/lib/db/queries/topics";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, getInterviewView, startInterview, submitAnswer } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic } from "../../support/factories";

const BANK = DEMO_TOPICS[0]!.questions;
const reference = (question: string) => BANK.find((q) => q.text === question)?.referenceAnswer ?? "I am not sure.";

beforeAll(() => setEngineModel(null));

async function started() {
  const { student, topic } = await makeBatchWithTopic();
  await addQuestions(topic.id, BANK);
  const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
  return { student, topic, view };
}

describe("a step's writes", () => {
  it("when the step's commit fails, nothing of it is written and the same answer can be sent again", async () => {
    const { student, view } = await started();
    const before = await getCheckpointer().getTuple({ configurable: { thread_id: view.sessionId } });
    const commit = vi.spyOn(StepWrites.prototype, "commit").mockRejectedValueOnce(new Error("connection lost"));
    const answer = reference(view.pending!.question);
    await expect(submitAnswer(student, view.sessionId, 0, { text: answer })).rejects.toMatchObject({ code: "unavailable:interview" });
    commit.mockRestore();

    const session = (await getSession(view.sessionId))!;
    expect(session.turns).toHaveLength(1); // no next question
    expect(session.turns[0]).toMatchObject({ answerText: null, verdict: null }); // released, not graded
    const after = await getCheckpointer().getTuple({ configurable: { thread_id: view.sessionId } });
    expect(after?.config.configurable?.checkpoint_id).toBe(before?.config.configurable?.checkpoint_id);

    const next = await submitAnswer(student, view.sessionId, 0, { text: answer });
    expect(next).toMatchObject({ turnsAnswered: 1, pending: { turn: 1 } });
  });

  it("are one statement: a clause that fails undoes the ones before it", async () => {
    const { view } = await started();
    const writes = new StepWrites(view.sessionId);
    await writes.recordAskedTurn({ sessionId: view.sessionId, index: 1, kind: "MAIN", question: { id: "q", text: "Q?", difficulty: "EASY" } as never, questionText: "Q?" });
    await writes.recordAskedTurn({ sessionId: "no-such-session", index: 0, kind: "MAIN", question: { id: "q", text: "Q?", difficulty: "EASY" } as never, questionText: "Q?" });
    await expect(writes.commit([])).rejects.toThrow(); // the second turn's session does not exist
    expect(await (await getDb()).turn.count({ where: { sessionId: view.sessionId } })).toBe(1);
  });
});

describe("a step cut off by a crash", () => {
  it("is finished once when two reads of the session arrive together (two tabs), and neither fails", async () => {
    const { student, view } = await started();
    // As if the server died right after claiming the answer, before the graph graded it.
    await (await getDb()).turn.updateMany({
      where: { sessionId: view.sessionId, index: 0 },
      data: { answerText: reference(view.pending!.question), answeredAt: new Date(Date.now() - 60_000) },
    });
    const [a, b] = await Promise.all([getInterviewView(student, view.sessionId), getInterviewView(student, view.sessionId)]);
    const after = await getInterviewView(student, view.sessionId);
    expect(after).toMatchObject({ turnsAnswered: 1, pending: { turn: 1 } });
    for (const v of [a, b]) expect(v.turnsAnswered === 1 || v.processing).toBe(true);
  });
});

describe("the interviewer's saved state", () => {
  const rowsOf = async (sessionId: string) => {
    const db = await getDb();
    const where = { where: { threadId: sessionId } };
    return (await db.graphCheckpoint.count(where)) + (await db.graphBlob.count(where)) + (await db.graphWrite.count(where));
  };

  it("is kept while the interview is open and deleted when it ends, by its report or by an early end", async () => {
    const { student, view } = await started();
    expect(await rowsOf(view.sessionId)).toBeGreaterThan(0);
    let current = view;
    while (current.pending) current = await submitAnswer(student, view.sessionId, current.pending.turn, { text: reference(current.pending.question) });
    expect(current.status).toBe("COMPLETED");
    expect(await rowsOf(view.sessionId)).toBe(0);

    const other = await started();
    expect(await rowsOf(other.view.sessionId)).toBeGreaterThan(0);
    expect((await endInterview(other.student, other.view.sessionId)).status).toBe("ABANDONED");
    expect(await rowsOf(other.view.sessionId)).toBe(0);
  });
});

describe("reading a session in one query", () => {
  it("returns what Prisma's include returns: dates, JSON, enums and the turns in order", async () => {
    const { student, view } = await started();
    let current = view;
    for (let i = 0; i < 3 && current.pending; i++) current = await submitAnswer(student, view.sessionId, current.pending.turn, { text: reference(current.pending.question) });
    const db = await getDb();
    await db.interviewSession.update({ where: { id: view.sessionId }, data: { endRequestedAt: new Date(), setup: { family: "x" } } });
    const viaPrisma = await db.interviewSession.findUnique({
      where: { id: view.sessionId },
      include: {
        topic: { select: { name: true, showFeedback: true, adaptive: true, batch: { select: { name: true, instructorId: true, showFeedback: true } } } },
        turns: { orderBy: { index: "asc" } },
      },
    });
    expect(await getSession(view.sessionId)).toEqual(viaPrisma);
    expect(await getSession("no-such-session")).toBeNull();
  });

  it("a step's statement reads back what a fresh read sees, at every answer and at the report", async () => {
    const { student, view } = await started();
    expect(view).toEqual(await getInterviewView(student, view.sessionId));
    let current = view;
    while (current.pending) {
      current = await submitAnswer(student, view.sessionId, current.pending.turn, { text: reference(current.pending.question) });
      expect(current).toEqual(await getInterviewView(student, view.sessionId));
    }
    expect(current.status).toBe("COMPLETED");
  });
});
