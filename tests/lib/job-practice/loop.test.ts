// A loop's pure parts: what the setup form sends, what the loop keeps from the documents, where
// the student stands in its rounds, and the loop report (band, action plan, gap table).
import { describe, expect, it } from "vitest";
import type { Report, ReportQuestion } from "@/lib/interview/types";
import { loopProgress, loopRounds, roundStartRefusal, type RoundSession } from "@/lib/job-practice/loop-progress";
import { BANDS, bandFor, gapTable, loopReport, type RoundResult } from "@/lib/job-practice/loop-report";
import { loopSetupSchema, readLoopForm } from "@/lib/job-practice/loop-setup";
import { buildTailoring, readTailoring, skillsToAsk, tailoringLines } from "@/lib/job-practice/tailoring";

const RESUME = `Sam Okafor — Backend developer
Acme Freight (2022–2025): built the billing service in Go on PostgreSQL; moved events to Kafka.
Wrote integration tests and ran the team's Docker images on Kubernetes.`;
const JOB = `Backend engineer. You will own services in Go and Kafka, design PostgreSQL schemas,
and run them on AWS with Terraform. Mentoring is part of the role.`;

const rounds = loopRounds(
  [
    { kind: "SCREENING", questionCount: 3 },
    { kind: "FUNDAMENTALS", questionCount: 5 },
    { kind: "BEHAVIOURAL", questionCount: 4 },
  ],
  "MID",
);
const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 9, minute));
const session = (roundIndex: number, status: RoundSession["status"], score: number | null, minute: number, id = `s${roundIndex}-${minute}`): RoundSession => ({
  sessionId: id,
  roundIndex,
  status,
  overallScore: score,
  startedAt: at(minute),
});

describe("the loop form", () => {
  it("reads the picked rounds in order, with their lengths and the document boxes", () => {
    const form = new FormData();
    form.set("role", "Backend engineer");
    form.set("seniority", "MID");
    form.set("language", "en");
    for (const [kind, count] of [
      ["BEHAVIOURAL", "4"],
      ["SCREENING", "3"],
    ]) {
      form.append("roundKind", kind!);
      form.append("roundCount", count!);
    }
    form.set("useResume", "on");
    const parsed = loopSetupSchema.parse(readLoopForm(form));
    expect(parsed.rounds).toEqual([
      { kind: "BEHAVIOURAL", questionCount: 4 },
      { kind: "SCREENING", questionCount: 3 },
    ]);
    expect(parsed).toMatchObject({ useResume: true, useJobDescription: false });
  });

  it("refuses no rounds, a repeated round and a length out of range, with the rule's message", () => {
    const base = { role: "Backend engineer", seniority: "MID", language: "en" };
    const first = (rounds: unknown) => loopSetupSchema.safeParse({ ...base, rounds }).error?.issues[0]?.message;
    expect(first([])).toBe("Pick at least one round.");
    expect(
      first([
        { kind: "SCREENING", questionCount: 3 },
        { kind: "SCREENING", questionCount: 4 },
      ]),
    ).toBe("Each round can be in the loop once.");
    expect(first([{ kind: "SCREENING", questionCount: 30 }])).toMatch(/between 3 and 10/);
  });
});

describe("tailoring", () => {
  const tailoring = buildTailoring(RESUME, JOB)!;

  it("keeps the skills each document names, with its line, and reads back only what it wrote", () => {
    expect(tailoring.resume.map((m) => m.skillId)).toEqual(expect.arrayContaining(["go", "postgresql", "kafka", "kubernetes", "docker"]));
    expect(tailoring.requirements.map((m) => m.skillId)).toEqual(expect.arrayContaining(["go", "kafka", "postgresql", "aws", "terraform"]));
    expect(readTailoring(JSON.stringify(tailoring))).toEqual(tailoring);
    expect(readTailoring("{not json")).toBeNull();
    expect(readTailoring(JSON.stringify({ resume: "x" }))).toBeNull();
    expect(buildTailoring(null, null)).toBeNull();
  });

  it("asks first about what the job wants and the resume claims, then the job's other needs, then the rest of the resume", () => {
    const order = skillsToAsk(tailoring);
    const firstOf = (from: string) => order.findIndex((s) => s.from === from);
    expect(order[0]!.from).toBe("both");
    expect(firstOf("job-description")).toBeGreaterThan(order.filter((s) => s.from === "both").length - 1);
    expect(firstOf("resume")).toBeGreaterThan(firstOf("job-description"));
    expect(order.find((s) => s.skillId === "terraform")?.from).toBe("job-description");
    expect(order.find((s) => s.skillId === "docker")?.from).toBe("resume");
  });

  it("gives a model at most six short lines", () => {
    const lines = tailoringLines(tailoring);
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(lines[0]).toMatch(/^Resume \(/);
    expect(lines.some((l) => l.startsWith("Job description asks for Terraform") || l.startsWith("Job description asks for AWS"))).toBe(true);
  });
});

describe("loop progress", () => {
  it("runs the rounds in order: the first without a result is next, the rest later", () => {
    const progress = loopProgress(rounds, []);
    expect(progress.map((p) => p.state)).toEqual(["next", "later", "later"]);
    expect(roundStartRefusal(progress, 0)).toBeNull();
    expect(roundStartRefusal(progress, 1)).toBe("Finish round 1 (Screening) first: the rounds run in the order you chose.");
    expect(roundStartRefusal(progress, 7)).toBe("This loop has no such round.");
  });

  it("counts a round's latest completed attempt, resumes an open one, and ignores abandoned ones", () => {
    const progress = loopProgress(rounds, [
      session(0, "COMPLETED", 50, 1),
      session(0, "COMPLETED", 70, 20),
      session(1, "ABANDONED", null, 30),
      session(1, "IN_PROGRESS", null, 31),
    ]);
    expect(progress[0]).toMatchObject({ state: "done", result: { sessionId: "s0-20", score: 70 }, attempts: 2 });
    expect(progress[1]).toMatchObject({ state: "in-progress", open: { sessionId: "s1-31" }, attempts: 1 });
    expect(progress[2]!.state).toBe("later");
    expect(roundStartRefusal(progress, 0)).toBeNull(); // a done round may be retaken
    expect(roundStartRefusal(progress, 2)).toMatch(/Finish round 2 \(Technical fundamentals\)/);
  });
});

const question = (over: Partial<ReportQuestion>): ReportQuestion => ({
  index: 0,
  kind: "MAIN",
  question: "A question",
  answer: "An answer",
  verdict: "strong",
  score: 80,
  covered: [],
  missed: [],
  feedback: "",
  modelAnswer: "",
  ...over,
});
const report = (overallScore: number, questions: ReportQuestion[], actionPlan: string[]): Report => ({
  overallScore,
  dimensions: { relevance: 0, accuracy: 0, depth: 0, clarity: 0 },
  strengths: [],
  weaknesses: [],
  actionPlan,
  questions,
  endedEarly: false,
  generatedBy: "offline",
});

describe("the loop report", () => {
  const result = (title: string, score: number): RoundResult => ({ index: 0, title, sessionId: "s", score, questions: 3, strong: 0, shallow: 0, wrong: 0, endedEarly: false });

  it("bands the overall score and says which scores put it there", () => {
    expect(bandFor([result("Screening", 80), result("Behavioural", 78)], 79)).toMatchObject({ band: "ready" });
    expect(bandFor([result("Screening", 80), result("Behavioural", 78)], 79).reason).toMatch(/Overall 79, at least 75, and every round at least 65 \(lowest: Behavioural, 78\)/);
    const held = bandFor([result("Screening", 95), result("Technical fundamentals", 60)], 78);
    expect(held.band).toBe("close");
    expect(held.reason).toMatch(/Technical fundamentals \(60\) is under 65/);
    expect(bandFor([result("Screening", 64)], 64).reason).toMatch(/below the 75 that reads as ready/);
    expect(bandFor([result("Screening", 40)], 40)).toMatchObject({ band: "not-yet" });
    expect(BANDS.close.overall).toBeLessThan(BANDS.ready.overall);
  });

  it("weights rounds by the questions they asked, bands only a finished loop, and merges the action plans weakest first", () => {
    const sessions = [session(0, "COMPLETED", 90, 1, "a"), session(1, "COMPLETED", 50, 2, "b")];
    const progress = loopProgress(rounds, sessions);
    const reports = [
      report(90, [question({ score: 90 })], ["Keep the two-minute story tight.", "Name a number."]),
      report(
        50,
        [question({ score: 50, verdict: "shallow" }), question({ index: 1, score: 50, verdict: "shallow" }), question({ index: 2, score: 50, verdict: "wrong" })],
        ["Review indexes.", "Name a number."],
      ),
      null,
    ];
    const partial = loopReport(
      progress.map((p, i) => ({ progress: p, report: reports[i]! })),
      null,
      false,
    );
    expect(partial.overall).toBe(60); // (90·1 + 50·3) / 4
    expect(partial.band).toBeNull();
    expect(partial.bandReason).toBe("2 of 3 rounds done: finish them all for a recommendation.");
    expect(partial.actionPlan).toEqual(["Technical fundamentals: Review indexes.", "Screening: Keep the two-minute story tight.", "Technical fundamentals: Name a number."]);
    expect(partial.rounds[1]).toMatchObject({ title: "Technical fundamentals", strong: 0, shallow: 2, wrong: 1 });
    expect(partial.gaps).toBeNull();

    const done = loopProgress(rounds, [...sessions, session(2, "COMPLETED", 70, 3, "c")]);
    const full = loopReport(
      done.map((p, i) => ({ progress: p, report: reports[i] ?? report(70, [question({ score: 70 })], []) })),
      null,
      false,
    );
    expect(full.overall).toBe(62); // (90 + 150 + 70) / 5
    expect(full.band).toBe("close");
    expect(full.bandReason).toMatch(/Strongest lift: Technical fundamentals \(50\)/);
  });

  it("fills the gap table: each requirement × the resume's line × the best answer about it", () => {
    const tailoring = buildTailoring(RESUME, JOB)!;
    const progress = loopProgress(rounds, [session(0, "COMPLETED", 70, 1, "a")]);
    const asked = report(
      70,
      [
        question({ question: "You mention Kafka. How do consumer groups share partitions?", basis: { from: "both", about: "Apache Kafka" }, verdict: "shallow", score: 55 }),
        question({ index: 1, question: "How do you roll out a schema change safely?", answer: "With Terraform plans reviewed first, then the migration.", score: 80 }),
      ],
      [],
    );
    const { gaps } = loopReport(
      [
        { progress: progress[0]!, report: asked },
        { progress: progress[1]!, report: null },
        { progress: progress[2]!, report: null },
      ],
      tailoring,
      true,
    );
    const row = (name: string) => gaps!.find((g) => g.requirement.toLowerCase().includes(name))!;
    expect(row("kafka")).toMatchObject({ answered: { verdict: "shallow", score: 55, round: "Screening" } });
    expect(row("kafka").evidence).toContain("moved events to Kafka");
    expect(row("terraform")).toMatchObject({ evidence: null, answered: null, mentioned: true });
    expect(row("aws")).toMatchObject({ evidence: null, answered: null, mentioned: false });
  });

  it("does not call a loop ready when a round was ended early, and says which", () => {
    const early: RoundResult = { ...result("Screening", 90), endedEarly: true };
    expect(bandFor([early, result("Behavioural", 80)], 85)).toEqual({ band: "close", reason: "Overall 85, but Screening ended early: retake it to the end to count as ready." });
    expect(bandFor([result("Screening", 90), result("Behavioural", 80)], 85).band).toBe("ready");
  });

  it("words the gap table and the plan for a loop that used only the job description", () => {
    const tailoring = buildTailoring(null, JOB)!;
    const progress = loopProgress(rounds, [session(0, "COMPLETED", 70, 1, "a")]);
    const said = report(70, [question({ answer: "I used Terraform modules for every environment." })], []);
    const loop = loopReport(
      progress.map((p, i) => ({ progress: p, report: i === 0 ? said : null })),
      tailoring,
      false,
    );
    expect(loop.resumeUsed).toBe(false);
    expect(loop.gaps!.every((g) => g.evidence === null)).toBe(true);
    expect(loop.actionPlan.some((a) => /your answers do not show it yet/.test(a))).toBe(true);
    expect(loop.actionPlan.some((a) => /neither your resume/.test(a))).toBe(false);
    const terraform = gapTable(tailoring, [{ progress: progress[0]!, report: said }]).find((g) => g.requirement === "Terraform")!;
    expect(terraform.mentioned).toBe(true);
  });
});
