// classSetup: the counts behind the checklist a new class shows instead of empty charts.
import { beforeAll, describe, expect, it } from "vitest";
import { classSetup } from "@/lib/db/queries/analytics";
import { createBatch, enrollStudent } from "@/lib/db/queries/batches";
import { addQuestions, createTopic } from "@/lib/db/queries/topics";
import { setEngineModel } from "@/lib/interview/engine";
import { startInterview } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeUser } from "../../support/factories";

beforeAll(() => setEngineModel(null));

describe("classSetup", () => {
  it("ticks each step off as the class is set up, and notices the first interview", async () => {
    const instructor = await makeUser("INSTRUCTOR");
    const batch = await createBatch(instructor.id, "Setup class");
    expect(await classSetup(batch.id)).toEqual({ topics: 0, withQuestions: 0, openWithQuestions: 0, students: 0, hasSessions: false, firstTopicId: null });

    const first = await createTopic(batch.id, { name: "First", unlocked: false });
    await createTopic(batch.id, { name: "Second", unlocked: true }); // open but empty: nothing to practise yet
    expect(await classSetup(batch.id)).toMatchObject({ topics: 2, withQuestions: 0, openWithQuestions: 0, firstTopicId: first.id });

    await addQuestions(first.id, DEMO_TOPICS[0]!.questions.slice(0, 2));
    expect(await classSetup(batch.id)).toMatchObject({ withQuestions: 1, openWithQuestions: 0 });

    const open = await createTopic(batch.id, { name: "Third", unlocked: true });
    await addQuestions(open.id, DEMO_TOPICS[1]!.questions.slice(0, 1));
    const student = await makeUser("STUDENT");
    await enrollStudent(batch.id, student.id);
    expect(await classSetup(batch.id)).toMatchObject({ topics: 3, withQuestions: 2, openWithQuestions: 1, students: 1, hasSessions: false });

    await startInterview(student, { source: "CLASS_TOPIC", topicId: open.id });
    expect((await classSetup(batch.id)).hasSessions).toBe(true);
  });
});
