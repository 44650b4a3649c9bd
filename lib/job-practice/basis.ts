// How a tailored question's basis reads in the report and the gap table. No server imports.
import type { QuestionBasis } from "@/lib/interview/types";

const FROM: Record<QuestionBasis["from"], string> = { resume: "From your resume", "job-description": "From the job description", both: "From your resume and the job description" };

export const basisLabel = (basis: QuestionBasis) => `${FROM[basis.from]}: ${basis.about}`;
