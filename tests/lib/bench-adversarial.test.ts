// The adversarial suite's shape (bench/adversarial/cases.ts), not the grader's results on it.
import { describe, expect, it } from "vitest";
import { CASES, CATEGORIES, QUESTIONS } from "../../bench/adversarial/cases";
import { runAdversarial } from "../../bench/adversarial/run";

describe("adversarial grading suite", () => {
  it("has at least 60 cases over at least 10 questions from several fields", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(QUESTIONS.map((q) => q.field)).size).toBeGreaterThanOrEqual(6);
  });

  it("has unique question ids, and every case names one of them", () => {
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CASES) expect(ids, c.answer).toContain(c.questionId);
  });

  it("covers every category at least four times", () => {
    for (const category of CATEGORIES) expect(CASES.filter((c) => c.category === category).length, category).toBeGreaterThanOrEqual(4);
  });

  it("gives each question a reference answer, 3–4 key points, and each case an answer and a reason", () => {
    for (const q of QUESTIONS) {
      expect(q.referenceAnswer.length, q.id).toBeGreaterThan(40);
      expect(q.keyPoints.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.keyPoints.length, q.id).toBeLessThanOrEqual(4);
    }
    for (const c of CASES) {
      expect(c.answer.trim(), c.questionId).not.toBe("");
      expect(c.why.trim(), c.answer).not.toBe("");
    }
    const answers = CASES.map((c) => `${c.questionId}\n${c.answer}`);
    expect(new Set(answers).size).toBe(answers.length);
  });

  it("holds the teacher's verdicts the targets rely on", () => {
    for (const c of CASES) {
      if (["keyword-salad", "meaning-swap", "antonym-swap", "negated-reference", "question-restated", "off-topic"].includes(c.category)) expect(c.expected, c.answer).toBe("wrong");
      if (["exact-copy", "padded-correct", "paraphrase", "correct-with-negation"].includes(c.category)) expect(c.expected, c.answer).toBe("strong");
      if (c.category === "partial") expect(c.expected, c.answer).toBe("shallow");
      if (c.category === "typos") expect(c.expected, c.answer).not.toBe("wrong");
    }
  });

  it("counts agreement and the two targets from whatever grader it is given", () => {
    const allWrong = runAdversarial(() => ({ verdict: "wrong", score: 0 }));
    expect(allWrong.total).toBe(CASES.length);
    expect(allWrong.agree).toBe(CASES.filter((c) => c.expected === "wrong").length);
    expect(allWrong.negatedNotWrong).toBe(0);
    const allStrong = runAdversarial(() => ({ verdict: "strong", score: 100 }));
    expect(allStrong.strongSaladOrSwap).toBe(CASES.filter((c) => ["keyword-salad", "meaning-swap", "antonym-swap"].includes(c.category)).length);
    expect(allStrong.negatedNotWrong).toBe(CASES.filter((c) => c.category === "negated-reference").length);
    expect(allStrong.disagreements.length).toBe(allStrong.total - allStrong.agree);
  });
});
