// The documents page's actions: a checked resume is saved and confirmed, a job description saved,
// each refused with the rules' message when empty or too long, deletes clear the loops' quoted
// lines, and the audit log holds kinds and lengths, never the text.
import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { documentStatus, readDocumentsForUse, saveResumeDraft } from "@/lib/db/queries/documents";
import { documentFormMessages, MAX_JOB_DESCRIPTION_CHARS } from "@/lib/documents/limits";
import { resetEnvCache } from "@/lib/env";
import { makeUser, sessionFor } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | ReturnType<typeof sessionFor> }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.40.0.1" }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/app/(student)/practice/documents/actions");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

beforeAll(() => {
  process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  resetEnvCache();
});
beforeEach(() => {
  session.current = null;
});

async function signIn() {
  const user = await makeUser("STUDENT");
  session.current = sessionFor(user);
  return user;
}

describe("document actions", () => {
  it("confirms the checked resume text and saves a job description, with the rules' messages on bad input", async () => {
    const student = await signIn();
    await saveResumeDraft(student.id, { text: "Kafak at Acme", fileName: "cv.pdf" });
    expect(await actions.confirmResumeAction({}, form({ text: "   " }))).toMatchObject({ ok: false, message: documentFormMessages.resumeEmpty, field: "text" });
    expect(await actions.confirmResumeAction({}, form({ text: "Kafka at Acme\r\n" }))).toEqual({ ok: true, message: documentFormMessages.resumeConfirmed });
    expect(await actions.saveJobDescriptionAction({}, form({ text: "y".repeat(MAX_JOB_DESCRIPTION_CHARS + 1) }))).toMatchObject({
      ok: false,
      message: documentFormMessages.jobDescriptionTooLong(MAX_JOB_DESCRIPTION_CHARS + 1),
    });
    expect(await actions.saveJobDescriptionAction({}, form({ text: "Go, Kafka, on-call." }))).toMatchObject({ ok: true });
    expect(await readDocumentsForUse(student.id)).toEqual({ resume: "Kafka at Acme", jobDescription: "Go, Kafka, on-call." });

    const db = await getDb();
    const audits = await db.auditLog.findMany({ where: { actorId: student.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.metadata])).toEqual([
      ["document.confirm", { kind: "RESUME", chars: 13 }],
      ["document.save", { kind: "JOB_DESCRIPTION", chars: 19 }],
    ]);
    expect(JSON.stringify(audits)).not.toMatch(/Kafka|on-call|cv\.pdf/);
  });

  it("deletes each document (asked first on the page), clearing the loops' quoted lines", async () => {
    const student = await signIn();
    await actions.confirmResumeAction({}, form({ text: "My resume" }));
    await actions.saveJobDescriptionAction({}, form({ text: "The job" }));
    const db = await getDb();
    const loop = await db.interviewLoop.create({
      data: { studentId: student.id, role: "QA engineer", family: "qa", seniority: "JUNIOR", language: "en", rounds: [], tailoring: "v1.a.b.c" },
    });
    expect(await actions.deleteJobDescriptionAction({}, form({}))).toEqual({ ok: true, message: documentFormMessages.jobDescriptionDeleted });
    expect((await db.interviewLoop.findUniqueOrThrow({ where: { id: loop.id } })).tailoring).toBeNull();
    expect(await documentStatus(student.id)).toMatchObject({ resume: { state: "confirmed" }, jobDescription: { state: "none" } });
    expect(await actions.deleteResumeAction({}, form({}))).toMatchObject({ ok: true });
    expect(await documentStatus(student.id)).toEqual({ resume: { state: "none" }, jobDescription: { state: "none" } });
    // Deleting again is harmless and writes no second audit entry.
    expect(await actions.deleteResumeAction({}, form({}))).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { actorId: student.id, action: "document.delete" } })).toBe(2);
  });
});
