// The corrected resume text and the pasted job description: line breaks counted as the browser
// counts them, control characters stripped, empty and over-limit texts refused with the
// messages from lib/documents/limits.ts; upload file names read safely from their header.
import { describe, expect, it } from "vitest";
import { documentFormMessages, MAX_JOB_DESCRIPTION_CHARS, MAX_RESUME_CHARS } from "@/lib/documents/limits";
import { jobDescriptionTextSchema, plainText, resumeTextSchema, uploadFileName } from "@/lib/documents/validation";

const issue = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("document text rules", () => {
  it("makes text plain: LF line breaks, no control characters, trimmed", () => {
    expect(plainText("  Go\r\nKafka\rSQL\u0000\u0007\u200b\ttabs \n")).toBe("Go\nKafka\nSQL\ttabs");
  });

  it("refuses empty text and text over the limit, counting CRLF as one character", () => {
    expect(issue(resumeTextSchema.safeParse(" \n\u0000 "))).toBe(documentFormMessages.resumeEmpty);
    expect(issue(jobDescriptionTextSchema.safeParse(""))).toBe(documentFormMessages.jobDescriptionEmpty);
    expect(issue(jobDescriptionTextSchema.safeParse(undefined))).toBe(documentFormMessages.jobDescriptionEmpty);
    expect(issue(jobDescriptionTextSchema.safeParse("x".repeat(MAX_JOB_DESCRIPTION_CHARS + 1)))).toBe(documentFormMessages.jobDescriptionTooLong(MAX_JOB_DESCRIPTION_CHARS + 1));
    expect(issue(resumeTextSchema.safeParse("x".repeat(MAX_RESUME_CHARS + 5)))).toBe(documentFormMessages.resumeTooLong(MAX_RESUME_CHARS + 5));
    // A textarea posts CRLF; the limit is what the student saw counted in the browser (LF).
    const atLimit = `${"x".repeat(MAX_JOB_DESCRIPTION_CHARS / 2 - 1)}\r\n${"y".repeat(MAX_JOB_DESCRIPTION_CHARS / 2)}`;
    const parsed = jobDescriptionTextSchema.safeParse(atLimit);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toHaveLength(MAX_JOB_DESCRIPTION_CHARS);
  });

  it("reads the upload's file name from its URL-encoded header, without folders", () => {
    expect(uploadFileName(encodeURIComponent("Zoë CV (2024).pdf"))).toBe("Zoë CV (2024).pdf");
    expect(uploadFileName(encodeURIComponent("C:\\Users\\zoe\\cv.docx"))).toBe("cv.docx");
    expect(uploadFileName("../../etc/passwd")).toBe("passwd");
    expect(uploadFileName("%E0%A4%A")).toBeUndefined();
    expect(uploadFileName(null)).toBeUndefined();
    expect(uploadFileName(encodeURIComponent(`${"a".repeat(300)}.pdf`))?.length).toBe(120);
  });
});
