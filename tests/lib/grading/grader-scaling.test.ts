// Hostile input: the offline grader stays linear in the answer's length, with and without
// punctuation (one endless segment is the worst case for the relation checks) and with examples.
import { describe, expect, it } from "vitest";
import { gradeOffline } from "@/lib/grading/offline";
import { QUESTIONS } from "../../../bench/adversarial/cases";

const q = QUESTIONS[0]!;
const examples = QUESTIONS.slice(0, 10).map((x, i) => ({ id: `e${i}`, answer: x.referenceAnswer, verdict: "shallow" as const, score: 50 }));

function timeFor(answer: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    gradeOffline({ text: q.text, referenceAnswer: q.referenceAnswer, keyPoints: q.keyPoints }, answer, { examples });
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[2]!;
}

describe("offline grader on long answers", () => {
  it.each([
    ["sentences", `${q.referenceAnswer} `],
    ["one run-on segment", `${q.referenceAnswer.replace(/[.,;:()]/g, " ")} `],
  ])("grows linearly with the answer (%s: 1×, 2×, 4× of 2,000 words)", (_name, unit) => {
    const base = unit.repeat(Math.ceil(2000 / unit.split(/\s+/).length));
    timeFor(base); // warm up
    const [t1, t2, t4] = [timeFor(base), timeFor(base.repeat(2)), timeFor(base.repeat(4))];
    expect(t2 / t1).toBeLessThan(3.5);
    expect(t4 / t1).toBeLessThan(7);
  });
});
