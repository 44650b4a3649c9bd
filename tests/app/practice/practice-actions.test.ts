// The job-practice start action: the setup's own messages on bad input, students only, a
// redirect to the new interview, and the service's conflict while one is open. It works both
// with useActionState (prev, form) and as the report's plain "Practise again" form (form only).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { setEngineModel } from "@/lib/interview/engine";
import { setupMessages } from "@/lib/job-practice/setup";
import { makeUser, sessionFor } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | ReturnType<typeof sessionFor> }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.30.0.1" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { startJobPracticeAction } = await import("@/app/(student)/practice/actions");

const GOOD = { role: "Backend engineer", seniority: "MID", focus: "MIXED", questionCount: "3", language: "en" };
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const start = (fields: Record<string, string>) => startJobPracticeAction({}, form(fields));
const redirectTo = (error: unknown) => (error as { digest?: string }).digest?.split(";")[2];

async function signIn(role: "STUDENT" | "INSTRUCTOR" = "STUDENT") {
  const user = await makeUser(role);
  session.current = sessionFor(user);
  return user;
}

async function sessionsOf(studentId: string) {
  const db = await getDb();
  return db.interviewSession.findMany({ where: { studentId } });
}

beforeAll(() => setEngineModel(null)); // offline: English only

describe("startJobPracticeAction", () => {
  beforeEach(() => {
    session.current = null;
  });

  it("refuses bad input with the setup's message and keeps what was typed", async () => {
    const student = await signIn();
    expect(await start({ ...GOOD, role: " " })).toMatchObject({ ok: false, message: setupMessages.role, field: "role", values: { role: " ", seniority: "MID" } });
    expect(await start({ ...GOOD, questionCount: "12" })).toMatchObject({
      ok: false,
      message: setupMessages.questionCount,
      field: "questionCount",
      values: { questionCount: "12" },
    });
    expect(await start({ ...GOOD, seniority: "CEO" })).toMatchObject({ ok: false, message: setupMessages.seniority });
    expect(await start({ ...GOOD, focus: "" })).toMatchObject({ ok: false, message: setupMessages.focus });
    expect(await start({ ...GOOD, language: "xx" })).toMatchObject({ ok: false, message: setupMessages.language });
    // Offline, another language is refused by the service with the reason.
    expect(await start({ ...GOOD, language: "fr" })).toMatchObject({ ok: false, message: setupMessages.languageNeedsModel, values: { language: "fr" } });
    expect(await sessionsOf(student.id)).toEqual([]);
  });

  it("refuses an instructor and a signed-out visitor", async () => {
    const instructor = await signIn("INSTRUCTOR");
    expect(await start(GOOD)).toMatchObject({ ok: false, message: "Only students can do that." });
    expect(await sessionsOf(instructor.id)).toEqual([]);
    session.current = null;
    expect(await start(GOOD)).toMatchObject({ ok: false });
  });

  it("starts an interview for a student and redirects to it; a second start names the open one", async () => {
    const student = await signIn();
    const error = await start({ ...GOOD, role: "  Senior   Go engineer " }).catch((e) => e);
    const [created] = await sessionsOf(student.id);
    expect(created).toMatchObject({ source: "JOB_PRACTICE", status: "IN_PROGRESS", title: "Senior Go engineer", questionCount: 3 });
    expect(created!.setup).toMatchObject({ role: "Senior Go engineer", family: "backend", seniority: "MID", focus: "MIXED", language: "en" });
    expect(redirectTo(error)).toBe(`/interview/${created!.id}`);

    const again = await start({ ...GOOD, role: "QA engineer" });
    expect(again).toMatchObject({
      ok: false,
      message: expect.stringContaining("You have a job-practice interview in progress (Senior Go engineer)"),
      values: { role: "QA engineer" },
    });
    expect(await sessionsOf(student.id)).toHaveLength(1);
  });

  it("works as a plain form action (the report's Practise again form): redirects, or throws the refusal", async () => {
    const student = await signIn();
    const error = await startJobPracticeAction(form(GOOD)).catch((e) => e);
    const [created] = await sessionsOf(student.id);
    expect(redirectTo(error)).toBe(`/interview/${created!.id}`);
    await expect(startJobPracticeAction(form(GOOD))).rejects.toMatchObject({ status: 409 });
    await expect(startJobPracticeAction(form({ ...GOOD, questionCount: "2" }))).rejects.toMatchObject({ status: 400, message: setupMessages.questionCount });
  });
});
