// The question-bank actions as an instructor uses them: add one question, edit one (same rules
// as the CSV import), import a data set and be told where its rows went, unlock a topic.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { addQuestions, createTopic } from "@/lib/db/queries/topics";
import type { ActionResult } from "@/lib/actions/result";
import { makeBatchWithTopic, makeUser, sessionFor } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | ReturnType<typeof sessionFor> }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.0.0.9" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { addQuestionAction, editQuestionAction, importCsvAction } = await import("@/app/(instructor)/instructor/question-actions");
const { topicSettingAction } = await import("@/app/(instructor)/instructor/actions");

const form = (fields: Record<string, string | Blob | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
};
const dataOf = <T>(result: ActionResult<T>) => (result.ok ? result.data : undefined);
const bank = () => new File([readFileSync(path.join(process.cwd(), "tests", "fixtures", "csv", "interview-bank-200.csv"))], "interview-bank-200.csv", { type: "text/csv" });

async function asOwner() {
  const ctx = await makeBatchWithTopic();
  session.current = sessionFor(ctx.instructor);
  return ctx;
}

describe("adding one question in the UI", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("adds it with difficulty, reference answer and key points, audited; the same text twice is refused", async () => {
    const { topic } = await asOwner();
    const fields = {
      topicId: topic.id,
      text: "  What is a heap? ",
      difficulty: "HARD",
      referenceAnswer: "A tree \u0096 each parent before its children.",
      keyPoints: "tree; parent before children\narray",
    };
    expect(await addQuestionAction({}, form(fields))).toEqual({ ok: true, message: "Added to Topic A." });
    const db = await getDb();
    const saved = await db.question.findMany({ where: { topicId: topic.id } });
    expect(saved).toMatchObject([
      { text: "What is a heap?", difficulty: "HARD", referenceAnswer: "A tree – each parent before its children.", keyPoints: ["tree", "parent before children", "array"] },
    ]);
    expect(await db.auditLog.count({ where: { action: "question.add", targetId: saved[0]!.id } })).toBe(1);
    expect(await addQuestionAction({}, form({ ...fields, text: "what is a HEAP?" }))).toEqual({ ok: false, message: "This topic already has that question." });
    expect(await db.question.count({ where: { topicId: topic.id } })).toBe(1);
  });

  it("refuses with the shared messages and writes nothing", async () => {
    const { topic } = await asOwner();
    expect(await addQuestionAction({}, form({ topicId: topic.id, text: " ", difficulty: "EASY" }))).toEqual({ ok: false, message: "The question is empty." });
    expect(await addQuestionAction({}, form({ topicId: topic.id, text: "x".repeat(2001), difficulty: "EASY" }))).toEqual({
      ok: false,
      message: "The question is 2,001 characters long; the limit is 2000.",
    });
    const db = await getDb();
    expect(await db.question.count({ where: { topicId: topic.id } })).toBe(0);
  });

  it("editing follows the same rules: 13 key points are refused, not cut to 12 silently", async () => {
    const { topic } = await asOwner();
    await addQuestions(topic.id, [{ text: "What is a trie?", difficulty: "EASY" }]);
    const db = await getDb();
    const q = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
    const points = Array.from({ length: 13 }, (_, i) => `point ${i}`).join("; ");
    expect(await editQuestionAction({}, form({ questionId: q.id, text: "What is a trie?", difficulty: "EASY", referenceAnswer: "", keyPoints: points }))).toEqual({
      ok: false,
      message: "13 key points; the limit is 12.",
    });
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).keyPoints).toEqual([]);
  });
});

describe("a question's kind in the UI", () => {
  it("the add form stores a behavioural question; CODE is refused with the shared message; an edit changes the kind", async () => {
    const { topic } = await asOwner();
    const fields = { topicId: topic.id, text: "Tell me about a time you changed your mind.", difficulty: "MEDIUM", kind: "BEHAVIOURAL", referenceAnswer: "", keyPoints: "" };
    expect(await addQuestionAction({}, form(fields))).toEqual({ ok: true, message: "Added to Topic A." });
    const db = await getDb();
    const saved = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
    expect(saved.kind).toBe("BEHAVIOURAL");
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "question.add", targetId: saved.id } })).metadata).toMatchObject({ kind: "BEHAVIOURAL" });
    expect(await addQuestionAction({}, form({ ...fields, text: "Reverse a string.", kind: "CODE" }))).toEqual({
      ok: false,
      message: "Coding questions need a language: JavaScript or Python.",
    });
    expect(await db.question.count({ where: { topicId: topic.id } })).toBe(1);
    await editQuestionAction({}, form({ questionId: saved.id, text: saved.text, difficulty: "MEDIUM", kind: "CONCEPT", referenceAnswer: "", keyPoints: "" }));
    expect((await db.question.findUniqueOrThrow({ where: { id: saved.id } })).kind).toBe("CONCEPT");
  });
});

describe("coding questions in the UI", () => {
  beforeEach(() => {
    session.current = null;
  });
  const coding = {
    text: "Write sumOf(xs): the sum of a list of numbers.",
    difficulty: "EASY",
    kind: "CODE",
    referenceAnswer: "One pass with a running total: O(n) time, O(1) space.",
    keyPoints: "one pass; O(n) time",
    language: "JavaScript",
    starterCode: "function sumOf(xs) {\n  // your code\n}\n",
    tests: '[{"name":"three","args":[[1,2,3]],"expected":6},{"name":"empty","args":[[]],"expected":0,"hidden":true}]',
    solution: "function sumOf(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}",
    entry: "",
    timeLimitMs: "2000",
    memoryLimitMb: "",
  };
  const spec = {
    languages: ["javascript"],
    entry: "sumOf",
    starter: { javascript: "function sumOf(xs) {\n  // your code\n}" },
    solution: { javascript: "function sumOf(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}" },
    tests: [
      { name: "three", args: [[1, 2, 3]], expected: 6 },
      { name: "empty", args: [[]], expected: 0, hidden: true },
    ],
    limits: { timeMs: 2000 },
  };

  it("adds one with its spec, audited as CODE; editing keeps the spec as posted; another kind drops it", async () => {
    const { topic } = await asOwner();
    expect(await addQuestionAction({}, form({ topicId: topic.id, ...coding }))).toEqual({ ok: true, message: "Added to Topic A." });
    const db = await getDb();
    const saved = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
    expect(saved).toMatchObject({ kind: "CODE", difficulty: "EASY", keyPoints: ["one pass", "O(n) time"], code: spec });
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "question.add", targetId: saved.id } })).metadata).toMatchObject({ kind: "CODE" });

    const edited = { ...coding, tests: '[{"name":"three","args":[[1,2,3]],"expected":6},{"name":"negative","args":[[-1,1]],"expected":0}]', timeLimitMs: "" };
    expect(await editQuestionAction({}, form({ questionId: saved.id, ...edited }))).toMatchObject({ ok: true });
    const { limits: _limits, ...withoutLimits } = spec;
    expect((await db.question.findUniqueOrThrow({ where: { id: saved.id } })).code).toEqual({
      ...withoutLimits,
      tests: [
        { name: "three", args: [[1, 2, 3]], expected: 6 },
        { name: "negative", args: [[-1, 1]], expected: 0 },
      ],
    });

    expect(await editQuestionAction({}, form({ questionId: saved.id, ...edited, kind: "CONCEPT" }))).toMatchObject({ ok: true });
    expect(await db.question.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ kind: "CONCEPT", code: null });
  });

  it("a bad spec is refused with the spec's message, and nothing is written or changed", async () => {
    const { topic, batch } = await asOwner();
    const db = await getDb();
    const refusals: [Record<string, string>, string | RegExp][] = [
      [{ language: "Ruby" }, "Unknown language “Ruby”: use JavaScript or Python."],
      [{ tests: "[{args:[1]}]" }, /^The tests are not valid JSON/],
      [{ tests: '[{"args":[[1]],"expected":1,"hidden":true}]' }, /^Mark at least one test visible/],
      [{ starterCode: "", entry: "" }, /^Name the function the tests call/],
      [{ timeLimitMs: "999999" }, /^The time limit must be a whole number of milliseconds from 100 to/],
      // The reference solution is run against the tests before saving: a wrong expectation is caught here.
      [
        { tests: '[{"name":"three","args":[[1,2,3]],"expected":7}]' },
        "The JavaScript reference solution fails the test “three”: it returned 6 where the test expects 7. Fix the test or the solution.",
      ],
      [{ solution: "function sumOf(xs) { return xs.reduce((a, b) => a + b, 0) " }, /^The JavaScript reference solution does not run: SyntaxError/],
    ];
    for (const [change, message] of refusals) {
      const result = await addQuestionAction({}, form({ topicId: topic.id, ...coding, ...change, ...(change.starterCode === "" ? { solution: "" } : {}) }));
      expect(result.ok, JSON.stringify(change)).toBe(false);
      expect(result.message, JSON.stringify(change)).toMatch(message);
    }
    expect(await db.question.count({ where: { topicId: topic.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "question.add", batchId: batch.id } })).toBe(0);

    expect(await addQuestionAction({}, form({ topicId: topic.id, ...coding }))).toMatchObject({ ok: true });
    const saved = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
    expect(await editQuestionAction({}, form({ questionId: saved.id, ...coding, text: "Changed?", tests: "[]" }))).toEqual({
      ok: false,
      message: expect.stringMatching(/^Coding questions need tests/),
    });
    expect(await db.question.findUniqueOrThrow({ where: { id: saved.id } })).toMatchObject({ text: coding.text, code: spec });
  });

  it("a CSV with a coding row imports it with its spec; a bad coding row is listed with its line and not imported", async () => {
    const { topic } = await asOwner();
    const text =
      "question,kind,language,starter_code,tests,solution code\n" +
      `"${coding.text}",coding,javascript,"function sumOf(xs) {}","${coding.tests.replaceAll('"', '""')}","${spec.solution.javascript}"\n` +
      '"Broken.",code,javascript,"function f(x) {}","[{""args"":[1],""expected"":1,""hidden"":true}]",\n';
    const file = () => new File([text], "coding.csv", { type: "text/csv" });
    const preview = dataOf(await importCsvAction({}, form({ topicId: topic.id, intent: "preview", file: file() })))!.preview!;
    // Line 5 of the file: the solution cell above spans three lines.
    expect(preview.errors).toEqual([{ line: 5, reason: expect.stringMatching(/^Mark at least one test visible/) }]);
    expect(await importCsvAction({}, form({ topicId: topic.id, intent: "commit", file: file() }))).toMatchObject({ ok: true });
    const db = await getDb();
    const saved = await db.question.findMany({ where: { topicId: topic.id } });
    const { limits: _limits, ...withoutLimits } = spec;
    expect(saved).toMatchObject([{ kind: "CODE" }]);
    expect(saved[0]!.code).toEqual({ ...withoutLimits, starter: { javascript: "function sumOf(xs) {}" } });
  });
});

describe("importing a data set with a Category column", () => {
  it("by default every row goes into the topic imported into, and the message says so", async () => {
    const { topic } = await asOwner();
    const preview = await importCsvAction({}, form({ topicId: topic.id, intent: "preview", file: bank() }));
    expect(dataOf(preview)?.preview?.topicColumn).toMatchObject({ header: "Category", mode: "this-topic" });
    const done = await importCsvAction({}, form({ topicId: topic.id, intent: "commit", file: bank() }));
    expect(dataOf(done)?.committed?.placed).toEqual([{ topic: "Topic A", added: 199, created: false }]);
    const db = await getDb();
    expect(await db.question.count({ where: { topicId: topic.id } })).toBe(199);
  });

  it("one topic per Category value when chosen: the rows go there, merged as previewed, and the result names each topic", async () => {
    const { topic, batch } = await asOwner();
    const done = await importCsvAction({}, form({ topicId: topic.id, intent: "commit", topicMode: "by-column", keepSeparate: ["General Programming"], file: bank() }));
    const placed = Object.fromEntries(dataOf(done)!.committed!.placed.map((p) => [p.topic, p.added]));
    expect(placed).toMatchObject({ "General Programming": 26, "General Program": 3, "Data Structures": 27, "Operating Systems": 29 });
    expect(placed["Topic A"]).toBeUndefined();
    const db = await getDb();
    const topics = await db.topic.findMany({ where: { batchId: batch.id }, include: { _count: { select: { questions: true } } } });
    expect(Object.fromEntries(topics.map((t) => [t.name, t._count.questions]))).toMatchObject({ "Topic A": 0, "General Programming": 26, "General Program": 3 });
    expect(topics.filter((t) => t.name !== "Topic A").every((t) => !t.unlocked)).toBe(true);
  });
});

describe("unlocking a topic", () => {
  it("an empty topic is unlocked only with the confirmation the dialog sends", async () => {
    const { batch } = await asOwner();
    const empty = await createTopic(batch.id, { name: "Empty" });
    await expect(topicSettingAction(form({ topicId: empty.id, unlocked: "true" }))).rejects.toMatchObject({ status: 409 });
    const db = await getDb();
    expect((await db.topic.findUniqueOrThrow({ where: { id: empty.id } })).unlocked).toBe(false);
    await topicSettingAction(form({ topicId: empty.id, unlocked: "true", confirmEmpty: "true" }));
    expect((await db.topic.findUniqueOrThrow({ where: { id: empty.id } })).unlocked).toBe(true);
  });

  it("a topic with questions unlocks at once; another instructor cannot probe a topic's emptiness", async () => {
    const { batch } = await asOwner();
    const full = await createTopic(batch.id, { name: "Full" });
    await addQuestions(full.id, [{ text: "Why?", difficulty: "EASY" }]);
    await topicSettingAction(form({ topicId: full.id, unlocked: "true" }));
    const db = await getDb();
    expect((await db.topic.findUniqueOrThrow({ where: { id: full.id } })).unlocked).toBe(true);
    const empty = await createTopic(batch.id, { name: "Empty" });
    session.current = sessionFor(await makeUser("INSTRUCTOR"));
    await expect(topicSettingAction(form({ topicId: empty.id, unlocked: "true" }))).rejects.toMatchObject({ status: 404 });
  });
});
