// Resources in the data layer: only the class owner changes them, a key point must be the
// question's own, a topic has a limit, and a report finds the topic's resources and which
// question each turn asked (class interviews only).
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createResource, deleteResource, questionResources, resourcesForSession, topicResources, updateResource } from "@/lib/db/queries/resources";
import { addQuestions, createTopic } from "@/lib/db/queries/topics";
import { MAX_RESOURCES_PER_TOPIC, resourceMessages } from "@/lib/resources/validation";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

const link = { title: "Guide", url: "https://example.com/guide", note: "" };

async function classWithQuestion() {
  const ctx = await makeBatchWithTopic();
  await addQuestions(ctx.topic.id, [
    { text: "What is a hash table?", difficulty: "EASY", referenceAnswer: "It maps keys to buckets.", keyPoints: ["Keys map to buckets", "Collisions are handled"] },
  ]);
  const db = await getDb();
  const question = await db.question.findFirstOrThrow({ where: { topicId: ctx.topic.id } });
  return { ...ctx, question };
}

describe("resources", () => {
  it("the owner adds them to a topic, a question and one of its key points; edits and deletes them", async () => {
    const { instructor, topic, question } = await classWithQuestion();
    await createResource(instructor.id, { topicId: topic.id, questionId: null, keyPoint: null }, link);
    await createResource(instructor.id, { topicId: topic.id, questionId: question.id, keyPoint: null }, { ...link, title: "Whole question" });
    const onPoint = await createResource(instructor.id, { topicId: topic.id, questionId: question.id, keyPoint: " Collisions are handled " }, { ...link, title: "Collisions" });
    expect(onPoint.keyPoint).toBe("Collisions are handled");
    expect((await topicResources(topic.id)).own.map((r) => r.title)).toEqual(["Guide"]);
    expect((await topicResources(topic.id)).total).toBe(3);
    expect((await questionResources(question.id)).map((r) => r.title)).toEqual(["Whole question", "Collisions"]);

    const { after } = await updateResource(onPoint.id, instructor.id, { title: "Collision handling", url: null, note: "Read about chaining." });
    expect(after).toMatchObject({ title: "Collision handling", url: null, note: "Read about chaining.", keyPoint: "Collisions are handled" });
    await deleteResource(onPoint.id, instructor.id);
    expect(await questionResources(question.id)).toHaveLength(1);
  });

  it("refuses a key point the question does not have, and a question from another topic", async () => {
    const { instructor, batch, topic, question } = await classWithQuestion();
    await expect(createResource(instructor.id, { topicId: topic.id, questionId: question.id, keyPoint: "Made up" }, link)).rejects.toMatchObject({
      status: 400,
      message: resourceMessages.keyPoint,
    });
    const other = await createTopic(batch.id, { name: "Other" });
    await expect(createResource(instructor.id, { topicId: other.id, questionId: question.id, keyPoint: null }, link)).rejects.toMatchObject({ status: 404 });
    await expect(createResource(instructor.id, { topicId: topic.id, questionId: null, keyPoint: "Keys map to buckets" }, link)).rejects.toMatchObject({ status: 400 });
  });

  it("another instructor gets a 404, an assistant a 403; nothing changes", async () => {
    const { instructor, batch, topic } = await classWithQuestion();
    const r = await createResource(instructor.id, { topicId: topic.id, questionId: null, keyPoint: null }, link);
    const stranger = await makeUser("INSTRUCTOR");
    const assistant = await makeUser("INSTRUCTOR");
    const db = await getDb();
    await db.batchStaff.create({ data: { batchId: batch.id, userId: assistant.id, addedById: instructor.id } });
    await expect(createResource(stranger.id, { topicId: topic.id, questionId: null, keyPoint: null }, link)).rejects.toMatchObject({ status: 404 });
    await expect(updateResource(r.id, stranger.id, link)).rejects.toMatchObject({ status: 404 });
    await expect(deleteResource(r.id, stranger.id)).rejects.toMatchObject({ status: 404 });
    await expect(createResource(assistant.id, { topicId: topic.id, questionId: null, keyPoint: null }, link)).rejects.toMatchObject({ status: 403 });
    await expect(deleteResource(r.id, assistant.id)).rejects.toMatchObject({ status: 403 });
    expect((await topicResources(topic.id)).total).toBe(1);
  });

  it(`stops at ${MAX_RESOURCES_PER_TOPIC} per topic`, async () => {
    const { instructor, batch, topic } = await classWithQuestion();
    const db = await getDb();
    await db.resource.createMany({
      data: Array.from({ length: MAX_RESOURCES_PER_TOPIC }, (_, i) => ({ batchId: batch.id, topicId: topic.id, title: `R${i}`, note: "n", createdById: instructor.id })),
    });
    await expect(createResource(instructor.id, { topicId: topic.id, questionId: null, keyPoint: null }, link)).rejects.toMatchObject({
      status: 409,
      message: resourceMessages.tooMany,
    });
  });

  it("a report's resources: the class interview's topic and each turn's question; none for job practice", async () => {
    const { instructor, batch, topic, question, student } = await classWithQuestion();
    await createResource(instructor.id, { topicId: topic.id, questionId: question.id, keyPoint: null }, link);
    const db = await getDb();
    const session = await db.interviewSession.create({ data: { studentId: student.id, topicId: topic.id, batchId: batch.id, status: "COMPLETED" } });
    await db.turn.create({ data: { sessionId: session.id, index: 0, kind: "MAIN", questionId: question.id, questionText: question.text } });
    const found = await resourcesForSession(session.id);
    expect([...found.turnQuestions]).toEqual([[0, question.id]]);
    expect(found.resources.map((r) => r.title)).toEqual(["Guide"]);
    const practice = await db.interviewSession.create({ data: { studentId: student.id, source: "JOB_PRACTICE", status: "COMPLETED" } });
    expect(await resourcesForSession(practice.id)).toEqual({ turnQuestions: new Map(), resources: [] });
  });
});
