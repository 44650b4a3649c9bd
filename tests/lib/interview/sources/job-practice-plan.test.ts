// The job-practice plan from the built-in bank: family, seniority, focus and least-seen first.
import { describe, expect, it } from "vitest";
import { jobPracticePlan, kindSchedule } from "@/lib/interview/sources/job-practice-plan";
import { seniorityRank } from "@/lib/job-practice/seniority";
import type { StoredSetup } from "@/lib/job-practice/stored-setup";
import { BEHAVIOURAL_BANK, TECHNICAL_BANK } from "@/lib/question-bank";

const setup = (over: Partial<StoredSetup> = {}): StoredSetup => ({
  role: "Senior React developer",
  family: "frontend",
  seniority: "SENIOR",
  focus: "MIXED",
  questionCount: 5,
  language: "en",
  ...over,
});
const bankById = new Map([...Object.values(TECHNICAL_BANK).flat(), ...BEHAVIOURAL_BANK].map((q) => [q.id, q]));

describe("kindSchedule", () => {
  it("makes every third question behavioural in a mixed interview", () => {
    expect(kindSchedule("MIXED", 5)).toEqual(["CONCEPT", "CONCEPT", "BEHAVIOURAL", "CONCEPT", "CONCEPT"]);
    expect(kindSchedule("TECHNICAL", 3)).toEqual(["CONCEPT", "CONCEPT", "CONCEPT"]);
    expect(kindSchedule("BEHAVIOURAL", 3)).toEqual(["BEHAVIOURAL", "BEHAVIOURAL", "BEHAVIOURAL"]);
  });
});

describe("jobPracticePlan", () => {
  it("draws the family's questions and behavioural ones, those that suit the seniority first, adaptive from its level", () => {
    const start = jobPracticePlan(setup(), new Map(), "seed");
    expect(start).toMatchObject({ topicName: "Senior React developer", mainQuestions: 5, maxTurns: 10, adaptive: true, startLevel: "MEDIUM" });
    expect(start.kindSchedule).toEqual(kindSchedule("MIXED", 5));
    const suits = (id: string) => {
      const { min, max } = bankById.get(id)!.seniority;
      return seniorityRank(min) <= seniorityRank("SENIOR") && seniorityRank("SENIOR") <= seniorityRank(max);
    };
    for (const p of start.plan) {
      expect(p.origin).toBe("bank");
      expect(p.id.startsWith("frontend-") || p.id.startsWith("behavioural-")).toBe(true);
    }
    // The medium and hard ones suit a senior; easy ones (mostly for juniors) only top the level up.
    expect(start.plan.filter((p) => p.difficulty !== "EASY" && p.kind === "CONCEPT").every((p) => suits(p.id))).toBe(true);
    // Enough technical questions at every level for adaptive picking (a run of strong answers
    // asks every one at the hardest); behavioural ones at whatever levels suit a senior.
    for (const level of ["EASY", "MEDIUM", "HARD"] as const) expect(start.plan.filter((p) => p.kind === "CONCEPT" && p.difficulty === level).length).toBe(4);
    expect(start.plan.some((p) => p.kind === "BEHAVIOURAL")).toBe(true);
  });

  it("asks only behavioural questions for a behavioural focus, and none for a technical one", () => {
    expect(jobPracticePlan(setup({ focus: "BEHAVIOURAL" }), new Map(), "s").plan.every((p) => p.kind === "BEHAVIOURAL")).toBe(true);
    expect(jobPracticePlan(setup({ focus: "TECHNICAL" }), new Map(), "s").plan.every((p) => p.kind === "CONCEPT")).toBe(true);
  });

  it("puts the questions this student has seen least first", () => {
    const first = jobPracticePlan(setup({ focus: "TECHNICAL" }), new Map(), "s").plan;
    const seen = new Map(first.map((p) => [p.id, 3]));
    const again = jobPracticePlan(setup({ focus: "TECHNICAL" }), seen, "s").plan;
    expect(again.some((p) => !seen.has(p.id))).toBe(true);
    const firstMedium = again.find((p) => p.difficulty === "MEDIUM")!;
    expect(seen.has(firstMedium.id)).toBe(false);
  });

  it("starts interns and juniors easy and leads hard", () => {
    expect(jobPracticePlan(setup({ seniority: "INTERN" }), new Map(), "s").startLevel).toBe("EASY");
    expect(jobPracticePlan(setup({ seniority: "LEAD" }), new Map(), "s").startLevel).toBe("HARD");
  });
});
