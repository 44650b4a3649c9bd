// Why a tailored question is asked, and how that reads in the report and the gap table.
// Here rather than with the interview's types: job practice owns it, the interview carries it. No server imports.

/** The skill or claim a tailored question is about, and which document named it. */
export type QuestionBasis = { from: "resume" | "job-description" | "both"; about: string };

const FROM: Record<QuestionBasis["from"], string> = { resume: "From your resume", "job-description": "From the job description", both: "From your resume and the job description" };

export const basisLabel = (basis: QuestionBasis) => `${FROM[basis.from]}: ${basis.about}`;
