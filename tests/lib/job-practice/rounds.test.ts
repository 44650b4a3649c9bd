// The rounds a loop proposes for a role and level, and the rules for the rounds a student picks.
import { describe, expect, it } from "vitest";
import { SENIORITIES } from "@/lib/domain";
import { loopRoundsSchema, proposeRounds, roundMessages } from "@/lib/job-practice/rounds";
import { MAX_QUESTIONS, MIN_QUESTIONS } from "@/lib/job-practice/setup";
import { ROLE_FAMILIES } from "@/lib/question-bank";

const kinds = (family: (typeof ROLE_FAMILIES)[number], seniority: (typeof SENIORITIES)[number]) => proposeRounds(family, seniority).map((r) => r.kind);

describe("proposed rounds", () => {
  it("start with screening and end with behavioural for every role and level, within the question limits", () => {
    for (const family of ROLE_FAMILIES)
      for (const seniority of SENIORITIES) {
        const rounds = proposeRounds(family, seniority);
        expect(rounds[0]!.kind, `${family} ${seniority}`).toBe("SCREENING");
        expect(rounds.at(-1)!.kind).toBe("BEHAVIOURAL");
        for (const r of rounds) {
          expect(r.questionCount).toBeGreaterThanOrEqual(MIN_QUESTIONS);
          expect(r.questionCount).toBeLessThanOrEqual(MAX_QUESTIONS);
        }
        expect(loopRoundsSchema.safeParse(rounds).success).toBe(true);
      }
  });

  it("add a coding round for roles that write code, at the fewest questions a round allows", () => {
    expect(kinds("backend", "JUNIOR")).toContain("CODING");
    expect(kinds("qa-testing", "MID")).toContain("CODING");
    expect(kinds("data-analyst", "MID")).not.toContain("CODING");
    expect(kinds("product-project", "SENIOR")).not.toContain("CODING");
    expect(proposeRounds("frontend", "INTERN").find((r) => r.kind === "CODING")).toMatchObject({ questionCount: 3, focus: "CODING", startLevel: "EASY" });
  });

  it("add system design for mid-level and up in engineering roles only", () => {
    expect(kinds("backend", "JUNIOR")).not.toContain("SYSTEM_DESIGN");
    expect(kinds("backend", "MID")).toEqual(["SCREENING", "FUNDAMENTALS", "CODING", "SYSTEM_DESIGN", "BEHAVIOURAL"]);
    expect(kinds("frontend", "SENIOR")).toContain("SYSTEM_DESIGN");
    expect(kinds("product-project", "SENIOR")).not.toContain("SYSTEM_DESIGN");
    expect(kinds("data-analyst", "LEAD")).not.toContain("SYSTEM_DESIGN");
    expect(proposeRounds("backend", "LEAD").find((r) => r.kind === "FUNDAMENTALS")!.startLevel).toBe("HARD");
  });
});

describe("the rounds a student picks", () => {
  it("takes distinct rounds in the student's order, each with its own length", () => {
    const picked = loopRoundsSchema.parse([
      { kind: "BEHAVIOURAL", questionCount: "3" },
      { kind: "FUNDAMENTALS", questionCount: 8 },
    ]);
    expect(picked).toEqual([
      { kind: "BEHAVIOURAL", questionCount: 3 },
      { kind: "FUNDAMENTALS", questionCount: 8 },
    ]);
    const message = (input: unknown) => loopRoundsSchema.safeParse(input).error?.issues[0]?.message;
    expect(message([])).toBe(roundMessages.none);
    expect(
      message([
        { kind: "SCREENING", questionCount: 3 },
        { kind: "SCREENING", questionCount: 4 },
      ]),
    ).toBe(roundMessages.duplicate);
    expect(message([{ kind: "PAIR_PROGRAMMING", questionCount: 3 }])).toBe(roundMessages.kind);
    expect(message([{ kind: "SCREENING", questionCount: 11 }])).toBe(roundMessages.questionCount);
  });
});
