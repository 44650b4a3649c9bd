// A job-practice session's setup as stored on InterviewSession.setup: what the student chose
// plus the role family it mapped to. Read back through this schema, never trusted as is.
import { SENIORITIES } from "@/lib/domain";
import { z } from "zod";
import { ROLE_FAMILIES } from "@/lib/question-bank/types";
import { FOCUSES } from "./seniority";
import { MAX_QUESTIONS, MIN_QUESTIONS, ROLE_MAX_CHARS } from "./setup";

export const storedSetupSchema = z.object({
  role: z.string().min(1).max(ROLE_MAX_CHARS),
  family: z.enum(ROLE_FAMILIES),
  seniority: z.enum(SENIORITIES),
  focus: z.enum(FOCUSES),
  questionCount: z.number().int().min(MIN_QUESTIONS).max(MAX_QUESTIONS),
  language: z.string().min(2).max(8),
});

export type StoredSetup = z.infer<typeof storedSetupSchema>;

export function readSetup(value: unknown): StoredSetup | null {
  const parsed = storedSetupSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
