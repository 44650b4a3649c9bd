// Coding questions in a question-bank CSV: their columns found by name (any case, aliases), each
// coding row checked by lib/questions/code/spec with its line number, other rows untouched, and
// a huge tests cell read in time linear in its size.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runJavaScript } from "@/lib/code/javascript-sandbox";
import { describeColumns } from "@/lib/csv/columns";
import { MAX_CSV_BYTES } from "@/lib/csv/limits";
import { csvCell, parseQuestionCsv, TEMPLATE_CSV } from "@/lib/csv/questions";
import { CODE_SPEC_LIMITS, codeSpecMessages } from "@/lib/questions/code/spec";

const csv = (text: string) => parseQuestionCsv(new TextEncoder().encode(text), { existing: [], knownTopics: [] });
const row = (...cells: string[]) => `${cells.map(csvCell).join(",")}\n`;

const STARTER = "def reverse_words(text):\n    # Return the words in reverse order.\n    pass";
const TESTS = '[{"name":"two words","args":["hello world"],"expected":"world hello"},{"args":[""],"expected":"","hidden":true}]';

describe("coding rows in a CSV", () => {
  it("a valid coding row becomes a CODE question with its spec; headers in any case, with aliases", async () => {
    const header = row("Question", "Type", "Solution", "Key Points", "Language", "Starter_Code", "TESTS", "Solution Code", "Function", "Time Limit ms", "memory_limit_MB");
    const p = await csv(
      header +
        row(
          "Reverse the words of a sentence.",
          "Coding",
          "Split, reverse, join: O(n).",
          "split; reverse; O(n)",
          "Python 3",
          STARTER,
          TESTS,
          "def reverse_words(text):\n    return ' '.join(text.split()[::-1])",
          "",
          "1500",
          "16",
        ),
    );
    expect(p.errors).toEqual([]);
    // "Solution" stays the prose reference answer; "Solution Code" is the code.
    expect(p.columns.recognized).toMatchObject({ answer: "Solution", solutionCode: "Solution Code", entry: "Function", starterCode: "Starter_Code", tests: "TESTS" });
    expect(describeColumns(p.columns)).toContain("Reference solution ← Solution Code");
    expect(p.toAdd).toEqual([
      {
        line: 2,
        text: "Reverse the words of a sentence.",
        difficulty: "MEDIUM",
        kind: "CODE",
        referenceAnswer: "Split, reverse, join: O(n).",
        keyPoints: ["split", "reverse", "O(n)"],
        topic: null,
        code: {
          languages: ["python"],
          entry: "reverse_words",
          starter: { python: STARTER },
          solution: { python: "def reverse_words(text):\n    return ' '.join(text.split()[::-1])" },
          tests: [
            { name: "two words", args: ["hello world"], expected: "world hello" },
            { name: "Test 2", args: [""], expected: "", hidden: true },
          ],
          limits: { timeMs: 1500, memoryMb: 16 },
        },
      },
    ]);
  });

  it("each bad coding row gets the spec's message with its line number; good rows still import", async () => {
    const p = await csv(
      row("question", "kind", "language", "starter_code", "tests", "entry") +
        row("Bad JSON.", "code", "javascript", "function f(x) {}", '[{"args":[1],"expected":1', "") +
        row("All hidden.", "code", "javascript", "function f(x) {}", '[{"args":[1],"expected":1,"hidden":true}]', "") +
        row("Unknown language.", "code", "cobol", "function f(x) {}", TESTS, "") +
        row("No tests.", "programming", "js", "function f(x) {}", "", "") +
        row("No entry.", "code", "javascript", "", '[{"args":[1],"expected":1}]', "") +
        row("Fine.", "code", "JavaScript", "", '[{"args":[1],"expected":1}]', "identity"),
    );
    expect(p.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(p.errors[0]!.reason).toMatch(/^The tests are not valid JSON \(.+\)\. Write a list like \[/);
    expect(p.errors.slice(1).map((e) => e.reason)).toEqual([
      codeSpecMessages.noVisibleTest,
      codeSpecMessages.language("cobol"),
      codeSpecMessages.noTests,
      codeSpecMessages.noEntry,
    ]);
    expect(p.toAdd.map((q) => [q.line, q.kind, q.code?.entry])).toEqual([[7, "CODE", "identity"]]);
  });

  it("rows of other kinds ignore the coding columns, whatever is in them, and carry no spec", async () => {
    const p = await csv(
      row("question", "kind", "language", "tests") + row("What is a closure?", "concept", "cobol", "not json") + row("Tell me about a deadline.", "behavioural", "", "["),
    );
    expect(p.errors).toEqual([]);
    expect(p.toAdd.map((q) => [q.kind, "code" in q])).toEqual([
      ["CONCEPT", false],
      ["BEHAVIOURAL", false],
    ]);
  });

  it("the template's coding example passes its own tests with its reference solution, and fails them with the starter code", async () => {
    const spec = (await csv(TEMPLATE_CSV)).toAdd.find((q) => q.kind === "CODE")!.code!;
    const solved = await runJavaScript({ code: spec.solution.javascript!, entry: spec.entry, tests: spec.tests });
    expect(solved.results.map((r) => r.passed)).toEqual(spec.tests.map(() => true));
    const starter = await runJavaScript({ code: spec.starter.javascript!, entry: spec.entry, tests: spec.tests });
    expect(starter.results.some((r) => !r.passed)).toBe(true);
  });

  it("the README's example coding row imports as documented", async () => {
    const readme = readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("**Coding questions in a CSV**"));
    const block = /```csv\n([\s\S]*?)\n {2}```/.exec(section)![1]!.replace(/^ {2}/gm, "");
    const p = await csv(`question,difficulty,kind,key_points,language,starter_code,tests\n${block}\n`);
    expect(p.errors).toEqual([]);
    expect(p.toAdd[0]).toMatchObject({ kind: "CODE", difficulty: "EASY", code: { languages: ["javascript"], entry: "lastWord" } });
    expect(p.toAdd[0]!.code!.tests.map((t) => t.hidden ?? false)).toEqual([false, true]);
  });
});

describe("an oversized tests cell", () => {
  /** A coding row whose tests cell is `size` characters of one deeply nested JSON list. */
  const hugeTests = (size: number) => new TextEncoder().encode(`question,kind,language,starter_code,tests\nQ?,code,js,function f(x) {},"${"[".repeat(size)}"\n`);
  const fastest = async (size: number, runs: number) => {
    const bytes = hugeTests(size);
    let best = Infinity;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const p = await parseQuestionCsv(bytes, { existing: [], knownTopics: [] });
      best = Math.min(best, performance.now() - started);
      expect(p.errors).toEqual([{ line: 2, reason: codeSpecMessages.testsTooLong(size) }]);
    }
    return best;
  };

  it("is refused with the limit, and reading it takes time linear in its size (1×, 2×, 4×)", async () => {
    const base = Math.floor((MAX_CSV_BYTES - 100) / 4);
    expect(base).toBeGreaterThan(CODE_SPEC_LIMITS.testsChars);
    await fastest(Math.floor(base / 8), 3); // warm up the JIT
    const t1 = await fastest(base, 5);
    // Checked at 2× first, so a quadratic reader fails within a minute rather than after many.
    const t2 = await fastest(2 * base, 5);
    expect(t2 < 3.5 * t1 || t2 < 25, `1×: ${t1.toFixed(1)} ms, 2×: ${t2.toFixed(1)} ms`).toBe(true);
    const t4 = await fastest(4 * base, 5);
    expect(t4 < 6 * t1 || t4 < 50, `1×: ${t1.toFixed(1)} ms, 4×: ${t4.toFixed(1)} ms`).toBe(true);
  });
});
