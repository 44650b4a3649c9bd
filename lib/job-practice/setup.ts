// The job-practice setup: one home for its fields' rules and messages, used by the setup form
// (in the browser), its server action and the job-practice source.
import { SENIORITIES } from "@/lib/domain";
import { z } from "zod";
import { FOCUSES } from "./seniority";

export const ROLE_MAX_CHARS = 80;
export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 10;
export const DEFAULT_QUESTIONS = 5;

/** Interview languages. The built-in grader understands English only, so the others need a model. */
export const INTERVIEW_LANGUAGES = [
  { code: "en", label: "English" },
  { code: "es", label: "Spanish" },
  { code: "fr", label: "French" },
  { code: "de", label: "German" },
  { code: "pt", label: "Portuguese" },
  { code: "it", label: "Italian" },
  { code: "nl", label: "Dutch" },
  { code: "hi", label: "Hindi" },
] as const;
export type InterviewLanguage = (typeof INTERVIEW_LANGUAGES)[number]["code"];
const LANGUAGE_CODES = INTERVIEW_LANGUAGES.map((l) => l.code) as [InterviewLanguage, ...InterviewLanguage[]];

export const setupMessages = {
  role: "Enter the job title you are practising for, e.g. “Senior React developer”.",
  roleTooLong: `Keep the job title under ${ROLE_MAX_CHARS} characters.`,
  seniority: "Choose a level.",
  focus: "Choose technical, behavioural or mixed.",
  questionCount: `Choose between ${MIN_QUESTIONS} and ${MAX_QUESTIONS} questions.`,
  language: "Choose a language from the list.",
  languageNeedsModel:
    "Interviews in other languages need a language model: the built-in grader understands English only. Choose English, or ask whoever runs this app to configure a model.",
};

export const jobSetupSchema = z.object({
  role: z
    .string()
    // Far over the limit is refused before any clean-up runs on it (hostile input stays cheap).
    .max(ROLE_MAX_CHARS * 4, setupMessages.roleTooLong)
    .transform((s) =>
      s
        .replace(/[\u0000-\u001f\u007f]+/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .pipe(z.string().min(2, setupMessages.role).max(ROLE_MAX_CHARS, setupMessages.roleTooLong)),
  seniority: z.enum(SENIORITIES, { message: setupMessages.seniority }),
  focus: z.enum(FOCUSES, { message: setupMessages.focus }),
  questionCount: z.coerce
    .number({ message: setupMessages.questionCount })
    .int(setupMessages.questionCount)
    .min(MIN_QUESTIONS, setupMessages.questionCount)
    .max(MAX_QUESTIONS, setupMessages.questionCount),
  language: z.enum(LANGUAGE_CODES, { message: setupMessages.language }).default("en"),
});

export type JobSetupInput = z.input<typeof jobSetupSchema>;
export type JobSetup = z.output<typeof jobSetupSchema>;

export function languageLabel(code: string): string {
  return INTERVIEW_LANGUAGES.find((l) => l.code === code)?.label ?? code;
}
