// A loop round's plan from the built-in bank: screening's scripted openers, each round's own
// focus, length and starting level, and questions about the candidate's own skills first.
import { describe, expect, it } from "vitest";
import { framed, roundPlan, type RoundPlanInput } from "@/lib/interview/sources/job-loop-round-plan";
import { roundOf } from "@/lib/job-practice/rounds";
import type { StoredSetup } from "@/lib/job-practice/stored-setup";
import { buildTailoring } from "@/lib/job-practice/tailoring";
import { BEHAVIOURAL_BANK, TECHNICAL_BANK } from "@/lib/question-bank";

const setup: StoredSetup = { role: "Backend engineer", family: "backend", seniority: "MID", focus: "MIXED", questionCount: 5, language: "en" };
const RESUME = "Built order services in Go on PostgreSQL at Acme; moved events to Kafka; cached hot reads in Redis.";
const JOB = "You will run services on Kubernetes, design PostgreSQL schemas and use Kafka. Leadership of a small team is a plus.";
const input = (over: Partial<RoundPlanInput>): RoundPlanInput => ({
  setup,
  round: roundOf("FUNDAMENTALS", "MID", 5),
  roundIndex: 1,
  tailoring: null,
  hasResume: false,
  timesAsked: new Map(),
  seed: "seed",
  ...over,
});
const backendIds = new Set(TECHNICAL_BANK.backend.map((q) => q.id));

describe("roundPlan", () => {
  it("opens screening with 'walk me through your resume' (or background), then why this role, in order", () => {
    const withResume = roundPlan(input({ round: roundOf("SCREENING", "MID", 3), roundIndex: 0, tailoring: buildTailoring(RESUME, null), hasResume: true }));
    expect(withResume.adaptive).toBeUndefined();
    expect(withResume.mainQuestions).toBe(3);
    expect(withResume.plan.map((q) => q.id).slice(0, 2)).toEqual(["screening-walk-through-resume", "screening-why-this-role"]);
    // The third is about a skill the resume names, framed in the candidate's words.
    expect(withResume.plan[2]!.text).toMatch(/^You mention (Go|PostgreSQL|Kafka|Redis)\. /);
    expect(withResume.plan[2]!.basis?.from).toBe("resume");
    expect(withResume.plan).toHaveLength(3);

    const without = roundPlan(input({ round: roundOf("SCREENING", "MID", 4), roundIndex: 0 }));
    expect(without.plan[0]!.id).toBe("screening-walk-through-background");
    expect(without.plan.slice(2).every((q) => backendIds.has(q.id) && q.difficulty === "EASY" && !q.basis)).toBe(true);
  });

  it("puts tailored questions first in an adaptive round's pool, each once, tagged with where it came from", () => {
    const start = roundPlan(input({ tailoring: buildTailoring(RESUME, JOB), hasResume: true }));
    expect(start).toMatchObject({ adaptive: true, startLevel: "MEDIUM", mainQuestions: 5, maxTurns: 10 });
    const tailored = start.plan.filter((q) => q.basis);
    expect(tailored.length).toBeGreaterThanOrEqual(1);
    expect(tailored.length).toBeLessThanOrEqual(2);
    expect(start.plan.slice(0, tailored.length)).toEqual(tailored);
    for (const q of tailored) {
      const bank = TECHNICAL_BANK.backend.find((b) => b.id === q.id)!;
      expect(q.text.endsWith(bank.text)).toBe(true);
      expect(q.text).toMatch(/^(You mention|The job description asks for) /);
    }
    expect(new Set(start.plan.map((q) => q.id)).size).toBe(start.plan.length);
  });

  it("frames a requirement only the job description names as the job's, not the candidate's", () => {
    expect(framed("job-description", "Kubernetes", "How do probes work?")).toBe("The job description asks for Kubernetes. How do probes work?");
    expect(framed("both", "Kafka", "Q?")).toBe("You mention Kafka. Q?");
  });

  it("gives each round its own focus and level: design starts hard, behavioural asks stories", () => {
    const design = roundPlan(input({ round: roundOf("SYSTEM_DESIGN", "MID", 3), roundIndex: 2 }));
    expect(design.startLevel).toBe("HARD");
    expect(design.kindSchedule).toEqual(["CONCEPT", "CONCEPT", "CONCEPT"]);
    const stories = roundPlan(input({ round: roundOf("BEHAVIOURAL", "MID", 4), roundIndex: 3, tailoring: buildTailoring(null, JOB) }));
    expect(stories.kindSchedule).toEqual(["BEHAVIOURAL", "BEHAVIOURAL", "BEHAVIOURAL", "BEHAVIOURAL"]);
    const behaviouralIds = new Set(BEHAVIOURAL_BANK.map((q) => q.id));
    expect(stories.plan.every((q) => behaviouralIds.has(q.id))).toBe(true);
  });

  it("asks different rounds about different skills when the bank has enough of them", () => {
    const tailoring = buildTailoring(
      "Designed REST APIs and GraphQL endpoints; tuned SQL indexes on PostgreSQL; cached with Redis; microservices with OAuth, rate limiting and message queues.",
      null,
    );
    const first = roundPlan(input({ roundIndex: 1, tailoring, hasResume: true }))
      .plan.filter((q) => q.basis)
      .map((q) => q.basis!.about);
    const later = roundPlan(input({ round: roundOf("SYSTEM_DESIGN", "MID", 3), roundIndex: 2, tailoring, hasResume: true }))
      .plan.filter((q) => q.basis)
      .map((q) => q.basis!.about);
    expect(first.length).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((skill) => first.includes(skill))).toEqual([]);
  });
});
