// The grader's word weights come from the bank the interview draws on, built as bench:grader
// builds them (one document per question: its text and reference answer).
import { describe, expect, it } from "vitest";
import { claimTurnAnswer } from "@/lib/db/queries/interviews";
import { addQuestions } from "@/lib/db/queries/topics";
import { buildIdf } from "@/lib/grading/features";
import { setEngineModel } from "@/lib/interview/engine";
import { idfForBank } from "@/lib/interview/grading-idf";
import { startInterview } from "@/lib/interview/service";
import { BEHAVIOURAL_BANK, TECHNICAL_BANK } from "@/lib/question-bank";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic } from "../../support/factories";

describe("grading IDF", () => {
  it("weighs words over a class topic's bank, the way the benchmark does", async () => {
    setEngineModel(null);
    const { topic, student } = await makeBatchWithTopic();
    const bank = DEMO_TOPICS[0]!.questions;
    await addQuestions(topic.id, bank);
    const expected = buildIdf(bank.map((q) => `${q.text} ${q.referenceAnswer}`));
    const idf = (await idfForBank({ topicId: topic.id, family: null }))!;
    for (const term of ["array", "queue", "hash", "zebra"]) expect(idf(term)).toBeCloseTo(expected(term), 10);
    // The answer's claim says which bank the session draws on.
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    expect(await claimTurnAnswer(view.sessionId, student.id, 0, { text: "An answer." }, { hits: [] })).toMatchObject({ topicId: topic.id, family: null, examples: [] });
  });

  it("weighs words over a job-practice family's bank with the behavioural one", async () => {
    const expected = buildIdf([...TECHNICAL_BANK.frontend, ...BEHAVIOURAL_BANK].map((q) => `${q.text} ${q.referenceAnswer}`));
    const idf = (await idfForBank({ topicId: null, family: "frontend" }))!;
    for (const term of ["react", "render", "team"]) expect(idf(term)).toBeCloseTo(expected(term), 10);
    expect(await idfForBank({ topicId: null, family: "not-a-family" })).toBeUndefined();
  });
});
