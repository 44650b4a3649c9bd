// Loops end to end in the service: a loop created from the saved resume and job description
// (kept encrypted), its rounds run in order as their own sessions (one open at a time, the same
// one resumed), tailored questions asked offline, the loop report, and what deleting a document
// or not owning the loop does.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { confirmResume, deleteDocument, saveJobDescription, saveResumeDraft } from "@/lib/db/queries/documents";
import { createLoop } from "@/lib/db/queries/loops";
import { startSchema } from "@/lib/interview/input";
import { buildTailoring } from "@/lib/job-practice/tailoring";
import { resetEnvCache } from "@/lib/env";
import { setEngineModel } from "@/lib/interview/engine";
import { loopPage, loopSummaries, startLoop } from "@/lib/interview/loops";
import { getInterviewView, startInterview, submitAnswer } from "@/lib/interview/service";
import type { LoopSetup } from "@/lib/job-practice/loop-setup";
import { makeUser } from "../../support/factories";

type User = Awaited<ReturnType<typeof makeUser>>;

const RESUME = `Ada Mensah — Backend developer
Harbour Freight (2021–2025): designed REST APIs and a GraphQL gateway; tuned SQL indexes on PostgreSQL.
Cached hot reads with Redis; rate limiting for the public API.`;
const JOB = "Backend engineer. You will design PostgreSQL schemas, run services on Kubernetes and use Redis. Terraform is a plus.";
const ANSWER = "I would start from the requirements, explain the trade-offs, measure before optimising, write tests, and describe a real project where I did this with my team.";

const setup = (over: Partial<LoopSetup> = {}): LoopSetup => ({
  role: "Backend engineer",
  seniority: "MID",
  language: "en",
  rounds: [
    { kind: "SCREENING", questionCount: 3 },
    { kind: "FUNDAMENTALS", questionCount: 3 },
  ],
  useResume: true,
  useJobDescription: true,
  ...over,
});

const savedKey = process.env.DATA_ENCRYPTION_KEY;
beforeAll(() => {
  setEngineModel(null);
  process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  resetEnvCache();
});
afterAll(() => {
  if (savedKey === undefined) delete process.env.DATA_ENCRYPTION_KEY;
  else process.env.DATA_ENCRYPTION_KEY = savedKey;
  resetEnvCache();
});

async function withDocuments(student: User) {
  await saveResumeDraft(student.id, { text: RESUME, fileName: "ada.pdf" });
  await confirmResume(student.id, RESUME);
  await saveJobDescription(student.id, JOB);
}

async function runRound(student: User, loopId: string, roundIndex: number) {
  let { view } = await startInterview(student, { source: "JOB_LOOP_ROUND", loopId, roundIndex });
  const asked: string[] = [];
  while (view.pending) {
    asked.push(view.pending.question);
    view = await submitAnswer(student, view.sessionId, view.pending.turn, { text: ANSWER });
  }
  expect(view.status).toBe("COMPLETED");
  return { sessionId: view.sessionId, asked };
}

describe("interview loops", () => {
  it("runs two rounds in order from the student's documents, tailored offline, to a loop report with a band and a gap table", async () => {
    const student = await makeUser("STUDENT");
    await withDocuments(student);
    const loopId = await startLoop(student.id, setup());

    // Kept encrypted: nothing of the documents is readable in the loop row.
    const db = await getDb();
    const row = await db.interviewLoop.findUniqueOrThrow({ where: { id: loopId } });
    expect(row.tailoring).toMatch(/^v1\./);
    expect(row.tailoring).not.toContain("Harbour");

    // Round 2 cannot start before round 1.
    await expect(startInterview(student, { source: "JOB_LOOP_ROUND", loopId, roundIndex: 1 })).rejects.toMatchObject({ code: "conflict:loop" });

    const first = await runRound(student, loopId, 0);
    expect(first.asked[0]).toMatch(/^Walk me through your resume/);
    expect(first.asked.some((q) => /^You mention (REST|GraphQL|SQL|PostgreSQL|Redis|Rate limiting)/i.test(q))).toBe(true);
    const view = await getInterviewView(student, first.sessionId);
    expect(view.labels).toMatchObject({ kind: "Interview loop", backHref: `/practice/loops/${loopId}`, offersPractiseAgain: false });
    expect(view.report!.questions.some((q) => q.basis)).toBe(true);
    // Instructors never read a round (the same 404 as for an unknown id).
    const instructor = await makeUser("INSTRUCTOR");
    await expect(getInterviewView(instructor, first.sessionId)).rejects.toMatchObject({ code: "not_found:interview" });

    // Stopped after round 1: the practice page says how far it got.
    expect((await loopSummaries(student.id))[0]).toMatchObject({ id: loopId, roundsDone: 1, roundsTotal: 2, next: "Round 2: Technical fundamentals" });
    const partial = (await loopPage(loopId, student.id))!;
    expect(partial.report.band).toBeNull();

    await runRound(student, loopId, 1);
    const page = (await loopPage(loopId, student.id))!;
    expect(page.progress.map((p) => p.state)).toEqual(["done", "done"]);
    expect(page.report.rounds).toHaveLength(2);
    expect(page.report.band).not.toBeNull();
    expect(page.report.bandReason).toMatch(/Overall \d+/);
    const gaps = page.report.gaps!;
    expect(gaps.map((g) => g.requirement)).toEqual(expect.arrayContaining(["PostgreSQL", "Kubernetes", "Redis", "Terraform"]));
    expect(gaps.find((g) => g.requirement === "PostgreSQL")!.evidence).toContain("PostgreSQL");
    expect(gaps.find((g) => g.requirement === "Kubernetes")!.evidence).toBeNull();
    expect(page.report.actionPlan.length).toBeGreaterThan(0);
  }, 60_000);

  it("keeps one round of a loop open at a time and resumes the same one", async () => {
    const student = await makeUser("STUDENT");
    const loopId = await startLoop(student.id, setup({ useResume: false, useJobDescription: false }));
    const { view } = await startInterview(student, { source: "JOB_LOOP_ROUND", loopId, roundIndex: 0 });
    expect(view.pending!.question).toMatch(/^Walk me through your background/);
    const again = await startInterview(student, { source: "JOB_LOOP_ROUND", loopId, roundIndex: 0 });
    expect(again).toMatchObject({ resumed: true, view: { sessionId: view.sessionId } });
    await expect(startInterview(student, { source: "JOB_LOOP_ROUND", loopId, roundIndex: 1 })).rejects.toMatchObject({ code: "conflict:interview" });
    // A single job-practice interview is not blocked by a loop round.
    const single = await startInterview(student, {
      source: "JOB_PRACTICE",
      setup: { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" },
    });
    expect(single.view.sessionId).not.toBe(view.sessionId);
  });

  it("refuses a loop that is not the student's, and unticked documents are neither read nor required", async () => {
    const owner = await makeUser("STUDENT");
    const other = await makeUser("STUDENT");
    const loopId = await startLoop(owner.id, setup({ useResume: false, useJobDescription: false }));
    await expect(startInterview(other, { source: "JOB_LOOP_ROUND", loopId, roundIndex: 0 })).rejects.toMatchObject({ code: "not_found:loop" });
    expect(await loopPage(loopId, other.id)).toBeNull();
    await expect(startLoop(other.id, setup({ useResume: true, useJobDescription: false }))).rejects.toMatchObject({ code: "bad_request:loop" });
    await expect(startLoop(other.id, setup({ useResume: false, useJobDescription: true }))).rejects.toMatchObject({ code: "bad_request:loop" });
    await expect(startLoop(other.id, setup({ language: "fr", useResume: false, useJobDescription: false }))).rejects.toMatchObject({ code: "bad_request:loop" });
  });

  it("forgets what a loop kept when the student deletes a document", async () => {
    const student = await makeUser("STUDENT");
    await withDocuments(student);
    const loopId = await startLoop(student.id, setup());
    expect((await loopPage(loopId, student.id))!.tailoring).toBe("kept");
    await deleteDocument(student.id, "JOB_DESCRIPTION");
    const page = (await loopPage(loopId, student.id))!;
    expect(page.tailoring).toBe("deleted");
    expect(page.report.gaps).toBeNull();
    const db = await getDb();
    expect((await db.interviewLoop.findUniqueOrThrow({ where: { id: loopId } })).tailoring).toBeNull();
  });

  it("keeps nothing from a document deleted between reading it and creating the loop", async () => {
    const student = await makeUser("STUDENT");
    // The documents were read (the tailoring built), then deleted before the loop was written.
    const loopId = await createLoop(
      student.id,
      {
        role: "Backend engineer",
        family: "backend",
        seniority: "MID",
        language: "en",
        rounds: [{ kind: "SCREENING", questionCount: 3 }],
        usedResume: true,
        usedJobDescription: false,
      },
      buildTailoring(RESUME, null),
    );
    const db = await getDb();
    expect((await db.interviewLoop.findUniqueOrThrow({ where: { id: loopId } })).tailoring).toBeNull();
  });

  it("reads a round's place as a number or digits only (an empty field is not round 1)", () => {
    const round = (roundIndex: unknown) => startSchema.safeParse({ source: "JOB_LOOP_ROUND", loopId: "loop1", roundIndex });
    expect(round(1).success).toBe(true);
    expect(round("2").success).toBe(true);
    for (const bad of ["", null, "x", 7, -1, 1.5]) expect(round(bad).success, String(bad)).toBe(false);
  });
});
