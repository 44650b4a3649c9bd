// The bank's coding questions are content with code in it, so this test is their reviewer: shapes
// and counts, and every reference solution run against every one of its tests (and every starter
// shown to fail) in the same sandboxes the app uses.
import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { runJavaScript } from "@/lib/code/javascript-sandbox";
import { runPython } from "@/lib/code/python-sandbox";
import { entryNameIn, type RunResult } from "@/lib/code/types";
import { DIFFICULTIES, SENIORITIES } from "@/lib/domain";
import { seniorityRank } from "@/lib/job-practice/seniority";
import { codingQuestions } from "@/lib/question-bank/coding";

const label = (q: { id: string }) => q.id;
const entries = codingQuestions.map((q) => [q.id, q] as const);

/** Seniorities each difficulty may be offered to, inclusive. */
const RANGE = { EASY: ["INTERN", "MID"], MEDIUM: ["JUNIOR", "SENIOR"], HARD: ["MID", "LEAD"] } as const;

/** Words of four letters or more, cut to five letters: enough for "hash"/"hashing" to meet. */
const roots = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5)));

const failures = (run: RunResult) => run.results.filter((r) => !r.passed).map((r) => `${r.name}: ${r.error ?? r.actual}`);

describe("the coding questions", () => {
  it("have unique ids prefixed code-", () => {
    const ids = codingQuestions.map(label);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^code-[a-z0-9-]+$/.test(id))).toEqual([]);
  });

  it("are at least 30, with at least 8 of every difficulty", () => {
    expect(codingQuestions.length).toBeGreaterThanOrEqual(30);
    for (const difficulty of DIFFICULTIES) expect(codingQuestions.filter((q) => q.difficulty === difficulty).length, difficulty).toBeGreaterThanOrEqual(8);
  });

  it.each(entries)("%s is well formed", (_id, q) => {
    expect.soft(q.kind).toBe("CODE");
    expect.soft(q.text).toMatch(/[.?]$/);
    expect.soft(q.text, "the prompt names the function").toContain(`${q.code.entry}(`);
    expect.soft(q.code.languages).toEqual(["javascript", "python"]);
    // One capital per word: entryNameIn turns topKFrequent into top_kfrequent, not top_k_frequent.
    expect.soft(q.code.entry).toMatch(/^[a-z]+(?:[A-Z][a-z0-9]+)*$/);
    const [min, max] = RANGE[q.difficulty];
    expect.soft(seniorityRank(q.seniority.min)).toBeGreaterThanOrEqual(seniorityRank(min));
    expect.soft(seniorityRank(q.seniority.max)).toBeLessThanOrEqual(seniorityRank(max));
    expect.soft(seniorityRank(q.seniority.min)).toBeLessThanOrEqual(seniorityRank(q.seniority.max));
    expect.soft(SENIORITIES).toContain(q.seniority.min);

    expect.soft(q.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect.soft(q.keyPoints.length).toBeLessThanOrEqual(5);
    const answer = roots(q.referenceAnswer);
    expect
      .soft(
        q.keyPoints.filter((p) => p.length > 90 || ![...roots(p)].some((r) => answer.has(r))),
        "key points gradeable against the answer",
      )
      .toEqual([]);
    expect.soft(q.tags).toContain("algorithms");
    expect.soft(q.tags.length).toBeLessThanOrEqual(4);
    expect.soft(q.tags.filter((t) => t !== t.trim().toLowerCase())).toEqual([]);

    const tests = q.code.tests;
    expect
      .soft(
        tests.filter((t) => !t.name.trim()),
        "every test has a name",
      )
      .toEqual([]);
    expect.soft(new Set(tests.map((t) => t.name)).size, "test names distinct").toBe(tests.length);
    expect.soft(tests.filter((t) => !t.hidden).length, "visible tests").toBeGreaterThanOrEqual(3);
    expect.soft(tests.filter((t) => !t.hidden).length, "visible tests").toBeLessThanOrEqual(4);
    expect.soft(tests.filter((t) => t.hidden).length, "hidden tests").toBeGreaterThanOrEqual(3);
    expect.soft(tests.filter((t) => t.hidden).length, "hidden tests").toBeLessThanOrEqual(6);
    // Plain JSON both ways: what the sandboxes send in and compare with.
    for (const t of tests) expect.soft(JSON.parse(JSON.stringify([t.args, t.expected])), t.name).toEqual([t.args, t.expected]);
  });
});

describe("the JavaScript solutions and starters", () => {
  it.each(entries)("%s: the solution passes every test, the starter loads and fails a visible one", async (_id, q) => {
    const { entry, tests } = q.code;
    const solved = await runJavaScript({ code: q.code.solution.javascript!, entry, tests });
    expect(solved.outcome, solved.message).toBe("ok");
    expect(failures(solved)).toEqual([]);
    const started = await runJavaScript({ code: q.code.starter.javascript!, entry, tests });
    expect(started.outcome, started.message).toBe("ok");
    // A visible test, so the student sees the starter fail before writing anything.
    expect(started.results.some((r) => !r.passed && !r.hidden)).toBe(true);
  });
});

describe("the Python solutions and starters", () => {
  let pyodide: Awaited<ReturnType<typeof loadPyodide>>;
  beforeAll(async () => {
    pyodide = await loadPyodide();
  });

  it.each(entries)("%s: the solution passes every test, the starter loads and fails a visible one", async (_id, q) => {
    const { tests } = q.code;
    const entry = entryNameIn(q.code.entry, "python");
    const solved = await runPython(pyodide, { code: q.code.solution.python!, entry, tests });
    expect(solved.outcome, solved.message).toBe("ok");
    expect(failures(solved)).toEqual([]);
    const started = await runPython(pyodide, { code: q.code.starter.python!, entry, tests });
    expect(started.outcome, started.message).toBe("ok");
    // A visible test, so the student sees the starter fail before writing anything.
    expect(started.results.some((r) => !r.passed && !r.hidden)).toBe(true);
  });
});
