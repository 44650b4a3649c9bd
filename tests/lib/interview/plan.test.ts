import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/interview/plan";
import type { Difficulty } from "@/lib/domain";

const bank = (counts: Record<Difficulty, number>, timesAsked = 0) =>
  (Object.entries(counts) as [Difficulty, number][]).flatMap(([d, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${d}-${i}`, text: `${d} ${i}`, difficulty: d, referenceAnswer: null, keyPoints: [], timesAsked })),
  );

describe("buildPlan", () => {
  it("mixes difficulties and orders easy → hard", () => {
    const plan = buildPlan(bank({ EASY: 10, MEDIUM: 10, HARD: 10 }), "seed");
    expect(plan).toHaveLength(8);
    expect(plan.map((q) => q.difficulty)).toEqual(["EASY", "EASY", "EASY", "MEDIUM", "MEDIUM", "MEDIUM", "HARD", "HARD"]);
  });
  it("fills from other difficulties when one is short, and uses small banks whole", () => {
    expect(buildPlan(bank({ EASY: 1, MEDIUM: 10, HARD: 0 }), "s").map((q) => q.difficulty)).toEqual(["EASY", ...Array(7).fill("MEDIUM")]);
    expect(buildPlan(bank({ EASY: 1, MEDIUM: 1, HARD: 1 }), "s")).toHaveLength(3);
  });
  it("prefers questions this student has seen least", () => {
    const seen = bank({ EASY: 5, MEDIUM: 0, HARD: 0 }, 2);
    const fresh = bank({ EASY: 0, MEDIUM: 0, HARD: 0 });
    fresh.push({ id: "new", text: "new", difficulty: "EASY", referenceAnswer: null, keyPoints: [], timesAsked: 0 });
    expect(buildPlan([...seen, ...fresh], "s", 1)[0]!.id).toBe("new");
  });
  it("is the same for the same seed and differs across seeds", () => {
    const b = bank({ EASY: 10, MEDIUM: 10, HARD: 10 });
    expect(buildPlan(b, "a")).toEqual(buildPlan(b, "a"));
    expect(buildPlan(b, "a").map((q) => q.id)).not.toEqual(buildPlan(b, "b").map((q) => q.id));
  });
});
