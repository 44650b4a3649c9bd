"use server";
// The student's resume and job description: save the checked resume text, save the pasted job
// description, delete either (the page asks first). Audit entries hold the kind and length only,
// never the text.
import { z } from "zod";
import { studentAction } from "@/lib/actions/define";
import { done } from "@/lib/actions/result";
import { confirmResume, deleteDocument, type StudentDocumentKind, saveJobDescription } from "@/lib/db/queries/documents";
import { documentFormMessages } from "@/lib/documents/limits";
import { confirmResumeSchema, jobDescriptionSchema } from "@/lib/documents/validation";

const PAGE = "/practice/documents";
const revalidate = [PAGE, "/practice"] as const;

export const confirmResumeAction = studentAction(
  confirmResumeSchema,
  async ({ input, user, audit }) => {
    const saved = await confirmResume(user.id, input.text);
    await audit({ action: "document.confirm", targetType: "document", targetId: saved.id, metadata: { kind: "RESUME", chars: saved.chars } });
    return done(documentFormMessages.resumeConfirmed);
  },
  { surface: "document", revalidate },
);

export const saveJobDescriptionAction = studentAction(
  jobDescriptionSchema,
  async ({ input, user, audit }) => {
    const saved = await saveJobDescription(user.id, input.text);
    await audit({ action: "document.save", targetType: "document", targetId: saved.id, metadata: { kind: "JOB_DESCRIPTION", chars: saved.chars } });
    return done(documentFormMessages.jobDescriptionSaved);
  },
  { surface: "document", revalidate },
);

/** Deleting one kind; the loops' quoted lines go with it (lib/db/queries/documents). */
const deleteAction = (kind: StudentDocumentKind) =>
  studentAction(
    z.object({}),
    async ({ user, audit }) => {
      const { deletedId } = await deleteDocument(user.id, kind);
      if (deletedId) await audit({ action: "document.delete", targetType: "document", targetId: deletedId, metadata: { kind } });
      return done(kind === "RESUME" ? documentFormMessages.resumeDeleted : documentFormMessages.jobDescriptionDeleted);
    },
    { surface: "document", revalidate },
  );

export const deleteResumeAction = deleteAction("RESUME");
export const deleteJobDescriptionAction = deleteAction("JOB_DESCRIPTION");
