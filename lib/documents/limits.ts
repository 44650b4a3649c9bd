// The one home of a personal document's limits and messages (resume upload, pasted job
// description): the upload route, the forms' client checks and the extractor all read these.

/** Largest resume file accepted, checked while the body streams in. */
export const MAX_RESUME_BYTES = 2 * 1024 * 1024;
/** A pasted job description's length. */
export const MAX_JOB_DESCRIPTION_CHARS = 20_000;
/** What is kept of a resume's text (a long CV is ~15,000 characters; the rest is almost always noise). */
export const MAX_RESUME_CHARS = 40_000;
/** Pages of a PDF read at most (text beyond is rarely a resume). */
export const MAX_PDF_PAGES = 20;

export const documentMessages = {
  tooLarge: "This file is larger than 2 MB. Save it as a smaller PDF or DOCX, or paste the text instead.",
  empty: "This file is empty.",
  unsupported: "We can read PDF, Word (.docx) and plain-text files. Save your resume in one of those formats, or paste the text.",
  notWhatItSays: (kind: string) => `This file is named like a ${kind} but is not one. Save it again from your editor as a ${kind}, or paste the text.`,
  noTextLayer: "This PDF has no text we can read (it looks scanned, or is made of images). Export it from your editor as a text PDF, or paste the text.",
  unreadable: (kind: string) => `We could not read this ${kind}; it may be damaged or password-protected. Save it again, or paste the text.`,
  legacyWord: "Old Word files (.doc) cannot be read. Save it as .docx or PDF, or paste the text.",
};

/** Messages of the resume and job-description forms (lib/documents/validation.ts) and the documents page. */
export const documentFormMessages = {
  resumeEmpty: "The resume text is empty. Paste or correct the text, or delete the resume.",
  resumeTooLong: (n: number) => `This text is ${n.toLocaleString("en")} characters long; the limit is ${MAX_RESUME_CHARS.toLocaleString("en")}.`,
  jobDescriptionEmpty: "Paste the job description first.",
  jobDescriptionTooLong: (n: number) => `This job description is ${n.toLocaleString("en")} characters long; the limit is ${MAX_JOB_DESCRIPTION_CHARS.toLocaleString("en")}.`,
  wrongUploadType: "Send the file's bytes as the request body with Content-Type: application/octet-stream.",
  noFileChosen: "Choose a file first.",
  uploadFailed: "The upload did not go through. Check your connection and try again.",
  resumeConfirmed: "Saved. Your interviews can now use this resume.",
  jobDescriptionSaved: "Job description saved.",
  resumeDeleted: "Your resume was deleted.",
  jobDescriptionDeleted: "Your job description was deleted.",
};
