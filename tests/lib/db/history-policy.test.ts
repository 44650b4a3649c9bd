// Students' completed work must survive changes to the class: deletes are refused or
// leave the history intact, and a student has at most one open session per topic.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addQuestions } from "@/lib/db/queries/topics";
import { makeBatchWithTopic } from "../../support/factories";

async function completedSession() {
  const { batch, topic, student } = await makeBatchWithTopic();
  await addQuestions(topic.id, [{ text: "What is a process?", difficulty: "EASY", referenceAnswer: "A running program." }]);
  const db = await getDb();
  const question = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
  const session = await db.interviewSession.create({
    data: { studentId: student.id, topicId: topic.id, batchId: batch.id, status: "COMPLETED", overallScore: 80, completedAt: new Date() },
  });
  const turn = await db.turn.create({
    data: { sessionId: session.id, index: 0, kind: "MAIN", questionId: question.id, questionText: question.text, answerText: "A program running.", verdict: "STRONG", score: 80 },
  });
  return { batch, topic, student, question, session, turn };
}

describe("history policy", () => {
  it("refuses to hard-delete a topic or batch that has sessions", async () => {
    const { batch, topic } = await completedSession();
    const db = await getDb();
    await expect(db.topic.delete({ where: { id: topic.id } })).rejects.toThrow();
    await expect(db.batch.delete({ where: { id: batch.id } })).rejects.toThrow();
    expect(await db.interviewSession.count({ where: { topicId: topic.id } })).toBe(1);
  });

  it("keeps the turn's question snapshot when a bank question is deleted", async () => {
    const { question, turn } = await completedSession();
    const db = await getDb();
    await db.question.delete({ where: { id: question.id } });
    const after = await db.turn.findUniqueOrThrow({ where: { id: turn.id } });
    expect(after.questionId).toBeNull();
    expect(after.questionText).toBe("What is a process?");
  });

  it("allows one turn per session index", async () => {
    const { session } = await completedSession();
    const db = await getDb();
    await expect(db.turn.create({ data: { sessionId: session.id, index: 0, kind: "MAIN", questionText: "dup" } })).rejects.toThrow();
  });

  it("allows at most one open session per student and topic", async () => {
    const { batch, topic, student } = await makeBatchWithTopic();
    const db = await getDb();
    const openKey = `${student.id}:${topic.id}`;
    await db.interviewSession.create({ data: { studentId: student.id, topicId: topic.id, batchId: batch.id, openKey } });
    await expect(db.interviewSession.create({ data: { studentId: student.id, topicId: topic.id, batchId: batch.id, openKey } })).rejects.toThrow();
    // Finished sessions release the key.
    await db.interviewSession.updateMany({ where: { openKey }, data: { openKey: null, status: "COMPLETED" } });
    await db.interviewSession.create({ data: { studentId: student.id, topicId: topic.id, batchId: batch.id, openKey } });
  });
});
