// A student's resume and job description at rest: encrypted round trip (the stored row holds no
// plaintext), a resume is used only once confirmed, deleting clears the loops' quoted lines in
// the same step, deleting the account deletes the documents, and without a key nothing is stored.
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { confirmResume, deleteDocument, documentStatus, readDocumentsForUse, readResumeDraft, saveJobDescription, saveResumeDraft } from "@/lib/db/queries/documents";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { makeUser } from "../../support/factories";

const saved = process.env.DATA_ENCRYPTION_KEY;
const useKey = (key: string | undefined) => {
  if (key === undefined) delete process.env.DATA_ENCRYPTION_KEY;
  else process.env.DATA_ENCRYPTION_KEY = key;
  resetEnvCache();
};
beforeEach(() => useKey(randomBytes(32).toString("base64")));
afterEach(() => useKey(saved));

const RESUME = "Zoë Example\nBackend engineer at Acme (2021–2024): Kafka, Go, PostgreSQL.";
const JD = "We are hiring a backend engineer: Go, Kafka, on-call experience.";

async function rows(userId: string) {
  const db = await getDb();
  return db.studentDocument.findMany({ where: { userId }, orderBy: { kind: "asc" } });
}

async function loopWithTailoring(studentId: string) {
  const db = await getDb();
  return db.interviewLoop.create({
    data: { studentId, role: "Backend engineer", family: "backend", seniority: "MID", language: "en", rounds: [], tailoring: "v1.x.y.z", usedResume: true },
  });
}

describe("student documents", () => {
  it("round-trips both documents, stores no plaintext, and reports status without decrypting", async () => {
    const student = await makeUser("STUDENT");
    expect(await documentStatus(student.id)).toEqual({ resume: { state: "none" }, jobDescription: { state: "none" } });
    expect(await readResumeDraft(student.id)).toBeNull();

    await saveResumeDraft(student.id, { text: RESUME, fileName: "zoe-cv.pdf" });
    await saveJobDescription(student.id, JD);
    for (const row of await rows(student.id)) {
      expect(row.content).not.toContain("Kafka");
      expect(row.content).not.toContain("zoe-cv");
      expect(row.content.startsWith("v1.")).toBe(true);
    }
    expect(await readResumeDraft(student.id)).toMatchObject({ text: RESUME, fileName: "zoe-cv.pdf", confirmedAt: null });

    const status = await documentStatus(student.id);
    expect(status.resume).toMatchObject({ state: "draft", chars: RESUME.length, fileName: null });
    expect(status.jobDescription).toMatchObject({ state: "saved", chars: JD.length });
    // Status needs no key: it reads lengths and dates only.
    useKey(undefined);
    expect((await documentStatus(student.id)).resume.state).toBe("draft");
  });

  it("uses a resume only once confirmed; confirming saves the corrected text and keeps the file name", async () => {
    const student = await makeUser("STUDENT");
    await saveResumeDraft(student.id, { text: "Kafak at Acme", fileName: "cv.docx" });
    expect(await readDocumentsForUse(student.id)).toEqual({ resume: null, jobDescription: null });

    await confirmResume(student.id, "Kafka at Acme");
    expect(await readDocumentsForUse(student.id)).toEqual({ resume: "Kafka at Acme", jobDescription: null });
    const draft = await readResumeDraft(student.id);
    expect(draft).toMatchObject({ text: "Kafka at Acme", fileName: "cv.docx" });
    expect(draft?.confirmedAt).toBeInstanceOf(Date);
    expect((await documentStatus(student.id)).resume).toMatchObject({ state: "confirmed", chars: 13 });

    // A new upload replaces it and needs checking again.
    await saveResumeDraft(student.id, { text: "A new resume", fileName: null });
    expect((await readDocumentsForUse(student.id)).resume).toBeNull();
    expect(await rows(student.id)).toHaveLength(1);

    await saveJobDescription(student.id, JD);
    expect((await readDocumentsForUse(student.id)).jobDescription).toBe(JD);
    // Someone else sees none of it.
    const other = await makeUser("STUDENT");
    expect(await readDocumentsForUse(other.id)).toEqual({ resume: null, jobDescription: null });
    expect(await readResumeDraft(other.id)).toBeNull();
  });

  it("a row moved onto another account does not decrypt", async () => {
    const [a, b] = [await makeUser("STUDENT"), await makeUser("STUDENT")];
    await saveJobDescription(a.id, JD);
    await saveJobDescription(b.id, "placeholder");
    const db = await getDb();
    const stolen = (await rows(a.id))[0]!.content;
    await db.studentDocument.updateMany({ where: { userId: b.id }, data: { content: stolen } });
    await expect(readDocumentsForUse(b.id)).rejects.toThrow(/cannot be read/);
  });

  it("deleting a document clears the loops' quoted lines; only the owner's", async () => {
    const student = await makeUser("STUDENT");
    const other = await makeUser("STUDENT");
    await saveResumeDraft(student.id, { text: RESUME });
    await confirmResume(student.id, RESUME);
    await saveJobDescription(student.id, JD);
    const loop = await loopWithTailoring(student.id);
    const othersLoop = await loopWithTailoring(other.id);

    expect(await deleteDocument(student.id, "RESUME")).toEqual({ deletedId: expect.any(String) });
    const db = await getDb();
    expect((await db.interviewLoop.findUniqueOrThrow({ where: { id: loop.id } })).tailoring).toBeNull();
    expect((await db.interviewLoop.findUniqueOrThrow({ where: { id: othersLoop.id } })).tailoring).toBe("v1.x.y.z");
    expect(await documentStatus(student.id)).toMatchObject({ resume: { state: "none" }, jobDescription: { state: "saved" } });

    expect(await deleteDocument(student.id, "JOB_DESCRIPTION")).toEqual({ deletedId: expect.any(String) });
    expect(await deleteDocument(student.id, "JOB_DESCRIPTION")).toEqual({ deletedId: null });
    expect(await rows(student.id)).toEqual([]);
  });

  it("deleting the account deletes its documents", async () => {
    const student = await makeUser("STUDENT");
    await saveResumeDraft(student.id, { text: RESUME });
    await saveJobDescription(student.id, JD);
    const db = await getDb();
    await db.user.delete({ where: { id: student.id } });
    expect(await db.studentDocument.count({ where: { userId: student.id } })).toBe(0);
  });

  it("without a key stores nothing and says why; a saved document then cannot be read", async () => {
    const student = await makeUser("STUDENT");
    await saveJobDescription(student.id, JD);
    useKey(undefined);
    const error = await saveResumeDraft(student.id, { text: RESUME }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(503);
    expect((error as AppError).message).toMatch(/DATA_ENCRYPTION_KEY/);
    expect(await rows(student.id)).toHaveLength(1); // the job description only
    await expect(readDocumentsForUse(student.id)).rejects.toMatchObject({ status: 503 });
    // Deleting needs no key: a student can always remove their data.
    expect((await deleteDocument(student.id, "JOB_DESCRIPTION")).deletedId).not.toBeNull();
  });
});
