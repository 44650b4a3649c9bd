// The per-student budget of interviewer steps: refused steps cost nothing and lose nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addQuestions } from "@/lib/db/queries/topics";
import { resetEnvCache } from "@/lib/env";
import { setEngineModel } from "@/lib/interview/engine";
import { getInterviewView, startInterview, submitAnswer } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic } from "../../support/factories";

const BANK = DEMO_TOPICS[0]!.questions;
const reference = (question: string) => BANK.find((q) => q.text === question)?.referenceAnswer ?? "I am not sure.";

beforeAll(() => {
  setEngineModel(null);
  process.env.TURNS_PER_MINUTE = "3";
  resetEnvCache();
});
afterAll(() => {
  delete process.env.TURNS_PER_MINUTE;
  resetEnvCache();
});

describe("turn budget", () => {
  it("allows the budget, then answers 429 with the answer kept; retries and refusals are not counted", async () => {
    const { student, topic } = await makeBatchWithTopic();
    await addQuestions(topic.id, BANK);
    let view = (await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id })).view; // step 1
    const first = reference(view.pending!.question);
    view = await submitAnswer(student, view.sessionId, 0, { text: first }); // step 2
    await submitAnswer(student, view.sessionId, 0, { text: first }); // a retry of the same submission: not a step
    await expect(submitAnswer(student, view.sessionId, 0, { text: "changed my mind" })).rejects.toMatchObject({ status: 409 }); // refused: not a step
    view = await submitAnswer(student, view.sessionId, 1, { text: reference(view.pending!.question) }); // step 3
    const pending = view.pending!;

    await expect(submitAnswer(student, view.sessionId, pending.turn, { text: "An answer over budget." })).rejects.toMatchObject({
      status: 429,
      code: "rate_limit:turn",
      message: expect.stringContaining("Your answer is kept"),
    });
    await expect(submitAnswer(student, view.sessionId, pending.turn, { text: "An answer over budget." })).rejects.toMatchObject({ status: 429 });
    // Nothing half-written: the question is still waiting, with no answer stored.
    const now = await getInterviewView(student, view.sessionId);
    expect(now.pending).toEqual(pending);
    expect(now.turnsAnswered).toBe(2);
  });
});
