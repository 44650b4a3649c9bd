// Clarity varies with how an answer is put, not only with whether it has words (issue 14, item 3).
import { describe, expect, it } from "vitest";
import { clarityScore, fillerRate } from "@/lib/grading/clarity";
import { QUESTIONS } from "../../../bench/adversarial/cases";

const clean =
  "A hash table stores each key in a bucket chosen by a hash function, so a lookup goes straight to one bucket. " +
  "When two keys land in the same bucket, it keeps both in a short list. For example, a dictionary of words finds any word in constant time on average.";

describe("clarity", () => {
  it("ranks a structured answer above the same content buried in filler, fragments or one run-on sentence", () => {
    const filler = "Um, so basically, you know, a hash table, kind of, stores keys, like, in buckets, I mean, and um, sort of, finds them, basically, fast, you know.";
    const fragments = "Hash table. Buckets. Hash function. Collisions. Lists. Constant time. Fast.";
    const runOn = `${clean.replace(/\. /g, " and then ").replace(/\.$/, "")} and that is really all there is to it as far as I can see from what I know about it`;
    const c = clarityScore(clean);
    expect(c).toBeGreaterThan(clarityScore(filler) + 20);
    expect(c).toBeGreaterThan(clarityScore(fragments) + 10);
    expect(c).toBeGreaterThan(clarityScore(runOn) + 10);
    expect(clarityScore("")).toBe(0);
    expect(clarityScore("Yes.")).toBeLessThan(50);
  });

  it("gives different answers different scores (not one value for every non-empty answer)", () => {
    const scores = new Set(
      QUESTIONS.flatMap((q) => [q.referenceAnswer, q.referenceAnswer.split(". ")[0]!, q.referenceAnswer.toLowerCase().replace(/[.,]/g, "")]).map(clarityScore),
    );
    expect(scores.size).toBeGreaterThanOrEqual(6);
  });

  it("counts multi-word fillers once, per 100 words", () => {
    expect(fillerRate("you know it is kind of fast")).toBeCloseTo((100 * 2) / 7, 5);
    expect(fillerRate("Like poles repel.")).toBe(0);
  });
});
