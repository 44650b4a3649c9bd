import "server-only";
// A student's resume and job description: stored as text only, encrypted (lib/crypto/data-encryption)
// and bound to the owner and the kind, so a row copied onto another account or kind does not
// decrypt. The text is never logged here. Every function takes the owner's id: there is no way to
// read or change another student's documents through this module.
import { decryptText, encryptText } from "@/lib/crypto/data-encryption";
import { AppError } from "@/lib/errors";
import { getDb } from "../client";

export type StudentDocumentKind = "RESUME" | "JOB_DESCRIPTION";

/** What the encrypted `content` column holds (JSON). */
type Stored = { text: string; fileName?: string | null };

export type ResumeStatus = { state: "none" } | { state: "draft" | "confirmed"; chars: number; fileName: string | null; updatedAt: Date };
export type JobDescriptionStatus = { state: "none" } | { state: "saved"; chars: number; updatedAt: Date };
export type DocumentStatus = { resume: ResumeStatus; jobDescription: JobDescriptionStatus };
export type ResumeDraft = { text: string; fileName: string | null; confirmedAt: Date | null; updatedAt: Date };

const binding = (userId: string, kind: StudentDocumentKind) => `user:${userId}:${kind === "RESUME" ? "resume" : "job-description"}`;

function seal(userId: string, kind: StudentDocumentKind, value: Stored): string {
  return encryptText(JSON.stringify(value), binding(userId, kind));
}

const NAMES: Record<StudentDocumentKind, string> = { RESUME: "resume", JOB_DESCRIPTION: "job description" };
const unreadable = (kind: StudentDocumentKind) => new AppError("conflict:document", `Your saved ${NAMES[kind]} cannot be read; delete it and add it again.`);

function unseal(userId: string, kind: StudentDocumentKind, content: string): Stored {
  let plain: string;
  try {
    plain = decryptText(content, binding(userId, kind));
  } catch (error) {
    // A missing key stays its own 503; anything else is named, so the student deletes the right one.
    if (error instanceof AppError && error.type === "conflict") throw unreadable(kind);
    throw error;
  }
  try {
    const value = JSON.parse(plain) as Stored;
    if (typeof value.text === "string") return value;
  } catch {
    // fall through: a value that decrypts but is not ours is as unreadable as one that does not
  }
  throw unreadable(kind);
}

async function upsert(userId: string, kind: StudentDocumentKind, value: Stored, confirmedAt: Date | null): Promise<{ id: string; chars: number }> {
  const content = seal(userId, kind, value); // before any write: no key, nothing stored
  const chars = value.text.length;
  const db = await getDb();
  const row = await db.studentDocument.upsert({
    where: { userId_kind: { userId, kind } },
    create: { userId, kind, content, chars, confirmedAt },
    update: { content, chars, confirmedAt },
    select: { id: true },
  });
  return { id: row.id, chars };
}

export type DocumentsWanted = { resume: boolean; jobDescription: boolean };

/**
 * The texts an interview may use, decrypted: the resume only once the student has confirmed it,
 * the job description whenever one is saved. Only the kinds asked for are read, so a document that
 * cannot be read does not stop the use of the other.
 */
export async function readDocumentsForUse(
  userId: string,
  wanted: DocumentsWanted = { resume: true, jobDescription: true },
): Promise<{ resume: string | null; jobDescription: string | null }> {
  const kinds = [...(wanted.resume ? ["RESUME" as const] : []), ...(wanted.jobDescription ? ["JOB_DESCRIPTION" as const] : [])];
  if (kinds.length === 0) return { resume: null, jobDescription: null };
  const db = await getDb();
  const rows = await db.studentDocument.findMany({ where: { userId, kind: { in: kinds } }, select: { kind: true, content: true, confirmedAt: true } });
  const resume = rows.find((r) => r.kind === "RESUME" && r.confirmedAt !== null);
  const jobDescription = rows.find((r) => r.kind === "JOB_DESCRIPTION");
  return {
    resume: resume ? unseal(userId, "RESUME", resume.content).text : null,
    jobDescription: jobDescription ? unseal(userId, "JOB_DESCRIPTION", jobDescription.content).text : null,
  };
}

/**
 * What the student has saved, without decrypting anything (so it works, and costs nothing, even
 * when the key is missing). The file name is inside the encrypted content, so it is not known
 * here: `fileName` is null (readResumeDraft has it).
 */
export async function documentStatus(userId: string): Promise<DocumentStatus> {
  const db = await getDb();
  const rows = await db.studentDocument.findMany({ where: { userId }, select: { kind: true, chars: true, confirmedAt: true, updatedAt: true } });
  const resume = rows.find((r) => r.kind === "RESUME");
  const jobDescription = rows.find((r) => r.kind === "JOB_DESCRIPTION");
  return {
    resume: resume ? { state: resume.confirmedAt ? "confirmed" : "draft", chars: resume.chars, fileName: null, updatedAt: resume.updatedAt } : { state: "none" },
    jobDescription: jobDescription ? { state: "saved", chars: jobDescription.chars, updatedAt: jobDescription.updatedAt } : { state: "none" },
  };
}

/** An uploaded resume's extracted text, waiting for the student to check it (not used until confirmed). Replaces any earlier resume. */
export async function saveResumeDraft(userId: string, draft: { text: string; fileName?: string | null }): Promise<{ id: string; chars: number }> {
  return upsert(userId, "RESUME", { text: draft.text, fileName: draft.fileName ?? null }, null);
}

/** The resume's text and file name, decrypted, for the correction view; null when there is none. */
export async function readResumeDraft(userId: string): Promise<ResumeDraft | null> {
  const db = await getDb();
  const row = await db.studentDocument.findUnique({
    where: { userId_kind: { userId, kind: "RESUME" } },
    select: { content: true, confirmedAt: true, updatedAt: true },
  });
  if (!row) return null;
  const value = unseal(userId, "RESUME", row.content);
  return { text: value.text, fileName: value.fileName ?? null, confirmedAt: row.confirmedAt, updatedAt: row.updatedAt };
}

/** Saves the text the student checked (and corrected) and marks the resume confirmed; the file name of the upload is kept. */
export async function confirmResume(userId: string, text: string): Promise<{ id: string; chars: number }> {
  let fileName: string | null = null;
  try {
    fileName = (await readResumeDraft(userId))?.fileName ?? null;
  } catch (error) {
    // An earlier value that no longer decrypts is replaced by the text the student just checked.
    if (!(error instanceof AppError && error.code === "conflict:document")) throw error;
  }
  return upsert(userId, "RESUME", { text, fileName }, new Date());
}

/** Saves (or replaces) the pasted job description. */
export async function saveJobDescription(userId: string, text: string): Promise<{ id: string; chars: number }> {
  return upsert(userId, "JOB_DESCRIPTION", { text }, new Date());
}

/**
 * Deletes one of the student's documents and, in the same transaction, the lines their loops
 * quoted from their documents (InterviewLoop.tailoring). Returns the deleted document's id, or
 * null when there was none (the quoted lines are cleared either way).
 */
export async function deleteDocument(userId: string, kind: StudentDocumentKind): Promise<{ deletedId: string | null }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.studentDocument.findUnique({ where: { userId_kind: { userId, kind } }, select: { id: true } });
    if (row) await tx.studentDocument.deleteMany({ where: { id: row.id, userId } });
    await tx.interviewLoop.updateMany({ where: { studentId: userId, tailoring: { not: null } }, data: { tailoring: null } });
    return { deletedId: row?.id ?? null };
  });
}
