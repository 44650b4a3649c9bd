// The sample form's rows: blank rows skipped, every problem reported on its row, defaults per verdict.
import { describe, expect, it } from "vitest";
import { agreementMeaning, agreementSentence } from "@/lib/grading-examples/agreement";
import { DEFAULT_SCORE, MAX_EXAMPLE_ANSWER_CHARS, readSampleRows, sampleRowsSchema } from "@/lib/grading-examples/validation";
import { exampleLabel, influenceLine } from "@/lib/grading-examples/wording";
import { MAX_ANSWER_CHARS } from "@/lib/domain";

const issues = (rows: unknown) => {
  const parsed = sampleRowsSchema.safeParse(rows);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("sample rows", () => {
  it("skips blank rows, fills a missing score from the verdict and keeps the picked turn", () => {
    const rows = sampleRowsSchema.parse([{ answer: " A stack is LIFO. ", verdict: "STRONG", score: "" }, {}, { answer: "x", verdict: "WRONG", score: "7", turnId: "t1" }]);
    expect(rows).toEqual([
      { index: 0, answer: "A stack is LIFO.", verdict: "STRONG", score: DEFAULT_SCORE.STRONG, turnId: null },
      { index: 2, answer: "x", verdict: "WRONG", score: 7, turnId: "t1" },
    ]);
  });

  it("reports every problem on its row and field", () => {
    expect(
      issues([
        { answer: "ok", verdict: "STRONG" },
        { answer: "Half of it.", verdict: "MAYBE", score: "150" },
        { answer: "x".repeat(MAX_EXAMPLE_ANSWER_CHARS + 1), verdict: "SHALLOW", score: "1.5" },
      ]),
    ).toEqual([
      ": 2 answers need fixing (answers 2, 3). Nothing was saved.",
      "1.verdict: Answer 2: Choose strong, shallow or wrong.",
      "1.score: Answer 2: Scores are whole numbers from 0 to 100 (or leave it empty).",
      `2.answer: Answer 3: This answer is 10,001 characters long; the limit is 10,000.`,
      "2.score: Answer 3: Scores are whole numbers from 0 to 100 (or leave it empty).",
    ]);
  });

  it("leaves out a row with no answer, whatever else was clicked in it (a stray verdict does not block the save)", () => {
    expect(
      issues([
        { answer: "ok", verdict: "STRONG" },
        { answer: "  ", verdict: "WRONG", score: "10" },
      ]),
    ).toEqual([]);
  });

  it("needs one row and takes at most ten; the answer limit is a student's", () => {
    expect(MAX_EXAMPLE_ANSWER_CHARS).toBe(MAX_ANSWER_CHARS);
    expect(issues([{}, {}])).toEqual([": Fill in at least one answer."]);
    expect(issues(Array.from({ length: 11 }, () => ({ answer: "a", verdict: "WRONG" })))).toEqual([": Save at most 10 answers at a time."]);
    expect(issues(Array.from({ length: 10 }, () => ({ answer: "a", verdict: "WRONG" })))).toEqual([]);
  });

  it("reads rows.<i>.<field> from a form, in order, ignoring anything else", () => {
    const form = new FormData();
    form.set("rows.1.answer", "second");
    form.set("rows.0.answer", "first");
    form.set("rows.0.verdict", "STRONG");
    form.set("rows.99.answer", "ignored");
    form.set("rows.0.evil", "ignored");
    expect(readSampleRows(form)).toEqual([{ answer: "first", verdict: "STRONG" }, { answer: "second" }]);
  });
});

describe("wording", () => {
  it("agreement and what it means", () => {
    expect(agreementSentence({ n: 9, exact: 7, close: 6 })).toBe("The grader agreed with you on 7 of 9 answers (78 %), within 10 points on 6 of 9.");
    expect(agreementMeaning({ n: 4, exact: 4, close: 4 })).toMatch(/^Fewer than 5 graded answers: too few to judge/);
    expect(agreementMeaning({ n: 10, exact: 9, close: 9 })).toMatch(/mostly grades this question as you would/);
  });

  it("the examples behind a grade, and a turn that is one", () => {
    expect(influenceLine(undefined)).toBeNull();
    expect(
      influenceLine([
        { id: "a", verdict: "strong", score: 88, similarity: 0.912 },
        { id: "b", verdict: "wrong", score: 15, similarity: 0.64 },
      ]),
    ).toBe("Graded with 2 of your examples: strong 88 (91\u00a0% alike) · wrong 15 (64\u00a0% alike)");
    expect(exampleLabel("CONFIRMED")).toBe("Example for the grader (confirmed)");
    expect(exampleLabel("OVERRIDE")).toBe("Example for the grader (your override)");
  });
});
