// The CODE kind's grading: the server's test results dominate (failing code is never strong,
// whatever the explanation or a model says), the explanation is graded like a concept answer,
// and the follow-up asks about the first failing test, or the complexity when the tests pass.
import { describe, expect, it } from "vitest";
import type { GradedCode, RunResult } from "@/lib/code/types";
import type { Answer } from "@/lib/domain";
import type { Evaluation } from "@/lib/grading/types";
import { codeKind } from "@/lib/questions/code";
import { codeSummaryForModel } from "@/lib/questions/code/results";

const question = {
  text: "Write twoSum(nums, target): the indices of the two numbers adding up to target.",
  referenceAnswer: "Walk the list once keeping a hash map from value to index; for each number look up target minus it. That is O(n) time and O(n) space.",
  keyPoints: ["a hash map from value to index", "one pass over the list", "O(n) time and O(n) space"],
};
const GOOD = "I keep a hash map from each value to its index and walk the list in one pass, looking up target minus the number. It is O(n) time and O(n) space.";
const WEAK = "I loop over the numbers.";

function run(passed: boolean[], outcome: RunResult["outcome"] = "ok", hiddenFrom = 2): GradedCode {
  return {
    language: "javascript",
    source: "function twoSum(nums, target) { return []; }",
    run: {
      outcome,
      message: outcome === "timeout" ? "Your code ran for more than 2 s and was stopped." : undefined,
      results: passed.map((p, i) => ({ name: i === 1 ? "empty list" : `case ${i}`, hidden: i >= hiddenFrom, passed: p, actual: "[]" })),
      stdout: "",
      ms: 5,
    },
  };
}
const grade = (text: string, code?: GradedCode) => codeKind.gradeOffline(question, { text, code } as Answer);

describe("grading a coding answer", () => {
  it("is strong when every test passes and the explanation covers the approach and complexity", () => {
    const e = grade(GOOD, run([true, true, true, true]));
    expect(e.verdict).toBe("strong");
    expect(e.scores.overall).toBeGreaterThanOrEqual(80);
    expect(e.covered[0]!.point).toBe("passes all 4 tests");
    expect(e.feedback).toMatch(/^4 of 4 tests passed\./);
  });

  it("is shallow when the tests pass but the explanation is thin, and the follow-up asks for the complexity", () => {
    const e = grade(WEAK, run([true, true, true, true]));
    expect(e.verdict).toBe("shallow");
    expect(e.missed[0]).toBe("the time and space complexity of your solution");
    expect(codeKind.followUpQuestion!(e.missed[0]!)).toMatch(/time and space complexity/);
  });

  it("is shallow when some tests fail, and the follow-up asks about the first failing one", () => {
    const e = grade(GOOD, run([true, false, true, true]));
    expect(e.verdict).toBe("shallow");
    expect(e.missed[0]).toBe("passes the test “empty list”");
    expect(codeKind.followUpQuestion!(e.missed[0]!)).toBe(
      "Your code did not pass one test: it failed the test “empty list”. What goes wrong in that case, and how would you fix it?",
    );
    expect(e.scores.overall).toBeLessThan(grade(GOOD, run([true, true, true, true])).scores.overall);
  });

  it("names a failing hidden test without its input", () => {
    const e = grade(GOOD, run([true, true, true, false]));
    expect(e.missed[0]).toBe("passes the hidden test “case 3”");
  });

  it("is wrong when fewer than half pass or a limit stopped the run, however good the explanation", () => {
    expect(grade(GOOD, run([true, false, false, false])).verdict).toBe("wrong");
    const stopped = grade(GOOD, run([true, true, false, false], "timeout"));
    expect(stopped.verdict).toBe("wrong");
    expect(stopped.feedback).toContain("was stopped");
    expect(grade(GOOD).verdict).toBe("wrong");
    expect(grade(GOOD).feedback).toMatch(/No code was submitted/);
  });

  it("lets the tests set most of the score: the same explanation scores by the share passed", () => {
    const scores = [4, 3, 2].map((n) => grade(GOOD, run([0, 1, 2, 3].map((i) => i < n))).scores.overall);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
  });

  it("holds a model's grade to the tests: a 'strong' for failing code becomes shallow or wrong", () => {
    const modelSays: Evaluation = {
      verdict: "strong",
      scores: { relevance: 95, accuracy: 95, depth: 90, clarity: 90, overall: 94 },
      feedback: "Great solution.",
      covered: [],
      missed: [],
    };
    const failing = { text: GOOD, code: run([true, false, true, true]) } as Answer;
    const held = codeKind.modelGrading.normalise!(modelSays, failing);
    expect(held.verdict).toBe("shallow");
    expect(held.scores.overall).toBeLessThan(94);
    expect(held.missed[0]).toBe("passes the test “empty list”");
    const passing = { text: GOOD, code: run([true, true, true, true]) } as Answer;
    expect(codeKind.modelGrading.normalise!(modelSays, passing)).toEqual(modelSays);
  });

  it("shows a model the explanation, the code and each test's result", () => {
    const text = codeSummaryForModel({ text: GOOD, code: run([true, false, true, true]) });
    expect(text).toContain("Explanation: I keep a hash map");
    expect(text).toContain("Code (JavaScript):\nfunction twoSum");
    expect(text).toContain("3 of 4 tests passed.");
    expect(text).toContain("- empty list: failed");
    expect(text).toContain("- hidden case 3: passed");
  });
});
