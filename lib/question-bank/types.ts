// The shape of one question in the built-in job-practice bank (lib/question-bank/<family>.ts).
// Written for this project; used when no model is configured, and as the fallback when a
// model's generated plan is invalid.
import type { CodeSpec } from "@/lib/code/types";
import type { Difficulty, Seniority } from "@/lib/domain";

export const ROLE_FAMILIES = ["frontend", "backend", "fullstack", "data-ml", "data-analyst", "devops-sre", "mobile", "qa-testing", "product-project"] as const;
export type RoleFamily = (typeof ROLE_FAMILIES)[number];

export type BankQuestion = {
  /** Stable and unique across the whole bank: "<family>-<short-slug>", e.g. "frontend-event-loop". */
  id: string;
  /** CONCEPT: a technical question graded on key points; BEHAVIOURAL: "tell me about a time…", graded on key points and STAR structure. */
  kind: "CONCEPT" | "BEHAVIOURAL" | "CODE";
  difficulty: Difficulty;
  /** The seniorities this question suits, inclusive (an intern is not asked to design a multi-region failover). */
  seniority: { min: Seniority; max: Seniority };
  text: string;
  /** What a strong answer says, in 2–5 plain sentences. */
  referenceAnswer: string;
  /** 3–6 short phrases a strong answer covers, using the words a candidate would naturally say. */
  keyPoints: string[];
  /** Lower-case skills and technologies the question is about ("react", "sql", "kubernetes"), for matching to resumes later. */
  tags: string[];
  /** CODE questions: languages, starters, solutions and tests (lib/code/types.ts). */
  code?: CodeSpec;
};
