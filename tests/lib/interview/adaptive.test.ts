// Adaptive difficulty: the level after each verdict, and which question is picked at a level.
import { describe, expect, it } from "vitest";
import type { Difficulty } from "@/lib/domain";
import { mainVerdicts, nextLevel, pickAtLevel } from "@/lib/interview/adaptive";
import type { PlannedQuestion } from "@/lib/interview/types";

type V = "strong" | "shallow" | "wrong";
/** The level each main question is asked at, for a sequence of verdicts. */
const path = (start: Difficulty, verdicts: V[]) => verdicts.map((_, i) => nextLevel(start, verdicts.slice(0, i)));

describe("nextLevel", () => {
  it("goes up after strong, down after wrong, stays after shallow, within easy..hard", () => {
    expect(path("MEDIUM", ["strong", "strong", "strong", "wrong", "shallow", "wrong", "wrong", "wrong"])).toEqual([
      "MEDIUM",
      "HARD",
      "HARD", // already the hardest
      "HARD",
      "MEDIUM",
      "MEDIUM",
      "EASY",
      "EASY", // already the easiest
    ]);
  });

  it("starts where the seniority says", () => {
    expect(nextLevel("EASY", [])).toBe("EASY");
    expect(nextLevel("HARD", ["wrong"])).toBe("MEDIUM");
  });
});

const q = (id: string, difficulty: Difficulty, kind: PlannedQuestion["kind"] = "CONCEPT"): PlannedQuestion => ({
  id,
  text: id,
  difficulty,
  referenceAnswer: null,
  keyPoints: [],
  kind,
});

describe("mainVerdicts", () => {
  const result = (verdict: V, kind: "MAIN" | "FOLLOW_UP", questionKind?: "CONCEPT" | "BEHAVIOURAL") =>
    ({ kind, questionKind, evaluation: { verdict } }) as unknown as Parameters<typeof mainVerdicts>[0][number];
  const results = [result("strong", "MAIN"), result("wrong", "FOLLOW_UP"), result("wrong", "MAIN", "BEHAVIOURAL"), result("shallow", "MAIN", "CONCEPT")];

  it("counts main answers only, and with a kind only that kind's (no kind recorded: concept)", () => {
    expect(mainVerdicts(results)).toEqual(["strong", "wrong", "shallow"]);
    expect(mainVerdicts(results, "CONCEPT")).toEqual(["strong", "shallow"]);
    expect(mainVerdicts(results, "BEHAVIOURAL")).toEqual(["wrong"]);
  });
});

describe("pickAtLevel", () => {
  const pool = [q("e1", "EASY"), q("m1", "MEDIUM"), q("h1", "HARD"), q("m2", "MEDIUM"), q("b1", "MEDIUM", "BEHAVIOURAL")];

  it("takes the first unasked question at the level, in pool order", () => {
    expect(pickAtLevel(pool, new Set(), "MEDIUM")?.id).toBe("m1");
    expect(pickAtLevel(pool, new Set(["m1"]), "MEDIUM")?.id).toBe("m2");
  });

  it("falls back to the nearest level, the easier one on a tie", () => {
    expect(pickAtLevel(pool, new Set(["h1"]), "HARD")?.id).toBe("m1");
    expect(pickAtLevel([q("e1", "EASY"), q("h1", "HARD")], new Set(), "MEDIUM")?.id).toBe("e1");
  });

  it("keeps a slot's kind while the pool has one of it, at any level", () => {
    expect(pickAtLevel(pool, new Set(), "HARD", "BEHAVIOURAL")?.id).toBe("b1");
    expect(pickAtLevel(pool, new Set(["b1"]), "HARD", "BEHAVIOURAL")?.id).toBe("h1");
  });

  it("returns null when everything was asked", () => {
    expect(pickAtLevel(pool, new Set(pool.map((p) => p.id)), "EASY")).toBeNull();
  });
});
