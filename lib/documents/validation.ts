// The rules for the text a student saves: the corrected resume text and the pasted job
// description. The server actions parse with these schemas and the forms check with them in
// the browser first, so both count characters the same way. Client-safe: no server code.
import { z } from "zod";
import { documentFormMessages, MAX_JOB_DESCRIPTION_CHARS, MAX_RESUME_CHARS } from "./limits";

/**
 * Text as a form sends it, made plain: line breaks as "\n" (a submitted textarea sends CRLF, the
 * browser's textarea counts LF), no control characters but tab and newline, trimmed.
 */
export function plainText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\ufeff]/g, "")
    .trim();
}

const text = (empty: string, max: number, tooLong: (n: number) => string) =>
  z
    .string({ error: empty })
    .transform(plainText)
    .superRefine((value, ctx) => {
      if (value.length === 0) ctx.addIssue({ code: "custom", message: empty });
      else if (value.length > max) ctx.addIssue({ code: "custom", message: tooLong(value.length) });
    });

/** The resume text after the student has checked it: 1 to MAX_RESUME_CHARS characters. */
export const resumeTextSchema = text(documentFormMessages.resumeEmpty, MAX_RESUME_CHARS, documentFormMessages.resumeTooLong);
/** A pasted job description: 1 to MAX_JOB_DESCRIPTION_CHARS characters. */
export const jobDescriptionTextSchema = text(documentFormMessages.jobDescriptionEmpty, MAX_JOB_DESCRIPTION_CHARS, documentFormMessages.jobDescriptionTooLong);

export const confirmResumeSchema = z.object({ text: resumeTextSchema });
export const jobDescriptionSchema = z.object({ text: jobDescriptionTextSchema });

/** The name an upload's X-File-Name header carries (URL-encoded), kept short and without folders; undefined when absent or unreadable. */
export function uploadFileName(header: string | null): string | undefined {
  if (!header) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(header);
  } catch {
    return undefined;
  }
  const base = plainText(name.split(/[\\/]/).pop() ?? "");
  return base ? base.slice(-120) : undefined;
}
