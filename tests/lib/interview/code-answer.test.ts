// A coding answer through the interview: the pending turn carries the question's public spec
// (visible tests only), the code is run on the server against every test before grading (the
// browser's results are never taken), the run is kept with the answer, and bad submissions are
// refused with a message before anything is claimed.
import { beforeAll, describe, expect, it } from "vitest";
import type { CodeSpec } from "@/lib/code/types";
import { getDb } from "@/lib/db/client";
import { getTurnAnswer } from "@/lib/db/queries/interviews";
import { answerSchema } from "@/lib/interview/answer";
import { setEngineModel } from "@/lib/interview/engine";
import { getInterviewView, startInterview, submitAnswer } from "@/lib/interview/service";
import { makeBatchWithTopic } from "../../support/factories";

beforeAll(() => setEngineModel(null));

const spec: CodeSpec = {
  languages: ["javascript"],
  entry: "sumAll",
  starter: { javascript: "function sumAll(xs) {\n  return 0;\n}\n" },
  solution: { javascript: "function sumAll(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\n" },
  tests: [
    { name: "three numbers", args: [[1, 2, 3]], expected: 6 },
    { name: "empty list", args: [[]], expected: 0 },
    { name: "negatives", args: [[-1, -2, 5]], expected: 2, hidden: true },
  ],
};

async function codingInterview() {
  const { topic, student } = await makeBatchWithTopic();
  const db = await getDb();
  await db.question.create({
    data: {
      topicId: topic.id,
      text: "Write sumAll(xs): the sum of a list of numbers.",
      kind: "CODE",
      difficulty: "EASY",
      referenceAnswer: "Add the numbers in one pass with a running total: O(n) time and O(1) space. An empty list sums to 0.",
      keyPoints: ["a running total in one pass", "O(n) time", "empty list gives 0"],
      code: JSON.parse(JSON.stringify(spec)),
    },
  });
  const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
  return { student, view };
}

const explanation = "I keep a running total in one pass over the list, so it is O(n) time and O(1) space; an empty list gives 0.";

describe("coding answers", () => {
  it("shows the editor its spec without hidden tests or the solution", async () => {
    const { view } = await codingInterview();
    expect(view.pending?.questionKind).toBe("CODE");
    const code = view.pending!.code!;
    expect(code.tests.map((t) => t.name)).toEqual(["three numbers", "empty list"]);
    expect(code.hiddenTests).toBe(1);
    expect(JSON.stringify(code)).not.toContain("reduce");
    expect(code.starter.javascript).toContain("function sumAll");
  });

  it("runs every test on the server, keeps the run with the answer and grades on it", async () => {
    const { student, view } = await codingInterview();
    const answer = answerSchema.parse({ text: explanation, code: { language: "javascript", source: spec.solution.javascript } });
    const next = await submitAnswer(student, view.sessionId, view.pending!.turn, answer);
    expect(next.turnsAnswered).toBe(1);
    const stored = (await getTurnAnswer(view.sessionId, 0))!.answer!;
    expect(stored.code?.run.outcome).toBe("ok");
    expect(stored.code?.run.results.map((r) => [r.name, r.hidden, r.passed])).toEqual([
      ["three numbers", false, true],
      ["empty list", false, true],
      ["negatives", true, true],
    ]);
    const db = await getDb();
    const turn = await db.turn.findFirstOrThrow({ where: { sessionId: view.sessionId, index: 0 } });
    expect(turn.verdict).toBe("STRONG");
  });

  it("grades failing code on the server's run: a hidden failure counts, and the follow-up asks about it", async () => {
    const { student, view } = await codingInterview();
    // Passes both visible tests, fails the hidden one (negatives are dropped).
    const source = "function sumAll(xs) { return xs.filter((x) => x > 0).reduce((a, b) => a + b, 0); }";
    const next = await submitAnswer(student, view.sessionId, 0, answerSchema.parse({ text: explanation, code: { language: "javascript", source } }));
    const db = await getDb();
    const turn = await db.turn.findFirstOrThrow({ where: { sessionId: view.sessionId, index: 0 } });
    expect(turn.verdict).toBe("SHALLOW");
    expect(turn.feedback).toMatch(/^2 of 3 tests passed\./);
    expect(next.pending?.kind).toBe("FOLLOW_UP");
    expect(next.pending?.question).toContain("hidden test “negatives”");
    expect(next.pending?.code).toBeNull(); // a follow-up is answered in words
  });

  it("never takes the browser's results: a run in the request is refused", () => {
    const withRun = answerSchema.safeParse({
      text: explanation,
      code: { language: "javascript", source: "x", run: { outcome: "ok", results: [], stdout: "", ms: 1 } },
    });
    expect(withRun.success).toBe(false);
    expect(answerSchema.safeParse({ text: explanation, code: { language: "cobol", source: "x" } }).success).toBe(false);
    expect(answerSchema.safeParse({ text: explanation, code: { language: "javascript", source: "x".repeat(20_001) } }).success).toBe(false);
  });

  it("refuses a coding turn without code, in another language, or code on a turn that is not coding — and claims nothing", async () => {
    const { student, view } = await codingInterview();
    const send = (body: unknown) => submitAnswer(student, view.sessionId, 0, answerSchema.parse(body));
    await expect(send({ text: explanation })).rejects.toMatchObject({ code: "bad_request:code", message: expect.stringMatching(/Write your code/) });
    await expect(send({ text: explanation, code: { language: "python", source: "def sum_all(xs): return 0" } })).rejects.toMatchObject({
      message: "This question is answered in JavaScript.",
    });
    expect((await getInterviewView(student, view.sessionId)).pending?.turn).toBe(0);
    expect(await getTurnAnswer(view.sessionId, 0)).toEqual({ answer: null });
  });

  it("lets a student have one run at a time: a second submission while one runs is refused", async () => {
    const { student, view } = await codingInterview();
    const slow = "function sumAll(xs) { const end = Date.now() + 300; while (Date.now() < end) {} return xs.reduce((a, b) => a + b, 0); }";
    const body = (source: string) => answerSchema.parse({ text: explanation, code: { language: "javascript", source } });
    const [first, second] = await Promise.allSettled([submitAnswer(student, view.sessionId, 0, body(slow)), submitAnswer(student, view.sessionId, 0, body(slow))]);
    const outcomes = [first.status, second.status].sort();
    expect(outcomes).toEqual(["fulfilled", "rejected"]);
    const refused = [first, second].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "rate_limit:code" });
  });
});

describe("coding interviews in job practice", () => {
  it("asks the built-in bank's coding questions word for word, in either language, and grades a bank solution strong", async () => {
    const { makeUser } = await import("../../support/factories");
    const { codingQuestions } = await import("@/lib/question-bank/coding");
    const student = await makeUser("STUDENT");
    const { view } = await startInterview(student, {
      source: "JOB_PRACTICE",
      setup: { role: "Backend engineer", seniority: "MID", focus: "CODING", questionCount: 3, language: "en" },
    });
    const pending = view.pending!;
    expect(pending.questionKind).toBe("CODE");
    const bank = codingQuestions.find((q) => q.text === pending.question)!;
    expect(bank).toBeDefined();
    expect(pending.code!.languages).toEqual(["javascript", "python"]);
    expect(pending.code!.tests.every((t) => !t.hidden)).toBe(true);
    const answer = answerSchema.parse({ text: bank.referenceAnswer, code: { language: "javascript", source: bank.code.solution.javascript } });
    await submitAnswer(student, view.sessionId, pending.turn, answer);
    const db = await getDb();
    const turn = await db.turn.findFirstOrThrow({ where: { sessionId: view.sessionId, index: pending.turn } });
    expect(turn.verdict).toBe("STRONG");
    expect(turn.bankQuestionId).toBe(bank.id);

    // The next coding question, answered in Python: run by Pyodide on the server.
    const next = (await getInterviewView(student, view.sessionId)).pending!;
    const second = codingQuestions.find((q) => q.text === next.question)!;
    await submitAnswer(student, view.sessionId, next.turn, answerSchema.parse({ text: second.referenceAnswer, code: { language: "python", source: second.code.solution.python } }));
    const stored = (await getTurnAnswer(view.sessionId, next.turn))!.answer!;
    expect(stored.code?.language).toBe("python");
    expect(stored.code?.run.results.every((r) => r.passed)).toBe(true);
  }, 60_000);
});
