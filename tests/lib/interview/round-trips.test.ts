// How many statements an interview costs the database: every one is a network round trip on a
// hosted PostgreSQL. Guards the figures `npm run bench:engine` reports (the HTTP layer adds the
// signed-in user's lookup).
import { beforeAll, describe, expect, it } from "vitest";
import { getOpenDb } from "@/lib/db/client";
import { addQuestions } from "@/lib/db/queries/topics";
import { setEngineModel } from "@/lib/interview/engine";
import { getInterviewView, startInterview, submitAnswer } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic } from "../../support/factories";
import { StatementCounter } from "../../support/statement-counter";

const BANK = DEMO_TOPICS[0]!.questions;
const reference = (question: string) => BANK.find((q) => q.text === question)?.referenceAnswer ?? "I am not sure.";
let counter: StatementCounter;

beforeAll(async () => {
  setEngineModel(null);
  counter = new StatementCounter(await getOpenDb());
});

describe("database statements per interview step", () => {
  it("an answer costs 2 (the claim, and the step commit that reads the session back), the last one, report included, too", async () => {
    const { student, topic } = await makeBatchWithTopic();
    await addQuestions(topic.id, BANK);
    let view = (await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id })).view;
    const perAnswer: number[] = [];
    while (view.pending) {
      const p = view.pending;
      const measured = await counter.during(() => submitAnswer(student, view.sessionId, p.turn, { text: reference(p.question) }));
      perAnswer.push(measured.statements);
      view = measured.result;
    }
    expect(view.status).toBe("COMPLETED");
    // The first answer of a bank also reads its word weights (cached for the process after).
    expect(perAnswer.slice(1)).toEqual(perAnswer.slice(1).map(() => 2));
    expect(perAnswer[0]).toBeLessThanOrEqual(3);
  });

  it("reading the interview room costs one statement", async () => {
    const { student, topic } = await makeBatchWithTopic();
    await addQuestions(topic.id, BANK);
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    expect((await counter.during(() => getInterviewView(student, view.sessionId))).statements).toBe(1);
  });
});
