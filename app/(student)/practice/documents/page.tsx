import type { Metadata } from "next";
import { DocumentsView } from "@/components/practice/documents/documents-view";
import type { JobDescriptionView } from "@/components/practice/documents/job-description-form";
import type { ResumeView } from "@/components/practice/documents/resume-section";
import { requireStudent } from "@/lib/auth/guards";
import { documentStatus, readDocumentsForUse, readResumeDraft } from "@/lib/db/queries/documents";
import { AppError } from "@/lib/errors";
import { engineModel } from "@/lib/interview/engine";
import { confirmResumeAction, deleteJobDescriptionAction, deleteResumeAction, saveJobDescriptionAction } from "./actions";

export const metadata: Metadata = { title: "Your resume and job description" };

/** The decrypted value, or the reason it cannot be read now (no key, or a changed one): the page still shows, so it can be deleted. */
async function readable<T>(read: () => Promise<T>): Promise<{ value: T } | { message: string }> {
  try {
    return { value: await read() };
  } catch (error) {
    if (error instanceof AppError && error.surface === "document") return { message: error.message };
    throw error;
  }
}

export default async function DocumentsPage() {
  // Layouts do not guard pages on their own (they can render in parallel), so the page checks too.
  const user = await requireStudent("redirect");
  const status = await documentStatus(user.id);

  let resume: ResumeView = { state: "none" };
  if (status.resume.state !== "none") {
    const draft = await readable(() => readResumeDraft(user.id));
    if ("message" in draft) resume = { state: "unreadable", message: draft.message };
    else if (draft.value) {
      const { text, fileName } = draft.value;
      resume = { state: status.resume.state, text, fileName, chars: status.resume.chars, updatedAt: status.resume.updatedAt.toISOString() };
    }
  }

  let jobDescription: JobDescriptionView = { state: "none" };
  if (status.jobDescription.state === "saved") {
    const saved = await readable(async () => (await readDocumentsForUse(user.id, { resume: false, jobDescription: true })).jobDescription);
    if ("message" in saved) jobDescription = { state: "unreadable", message: saved.message };
    else if (saved.value !== null) {
      jobDescription = { state: "saved", text: saved.value, chars: status.jobDescription.chars, updatedAt: status.jobDescription.updatedAt.toISOString() };
    }
  }

  return (
    <DocumentsView
      resume={resume}
      jobDescription={jobDescription}
      modelConfigured={engineModel() !== null}
      actions={{
        confirmResume: confirmResumeAction,
        saveJobDescription: saveJobDescriptionAction,
        deleteResume: deleteResumeAction,
        deleteJobDescription: deleteJobDescriptionAction,
      }}
    />
  );
}
