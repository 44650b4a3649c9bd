// Domain vocabulary shared by server and client code (no Prisma import, safe in the browser).
import type { GradedCode } from "@/lib/code/types";

export const ROLES = ["STUDENT", "INSTRUCTOR"] as const;
export type Role = (typeof ROLES)[number];

export const DIFFICULTIES = ["EASY", "MEDIUM", "HARD"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { EASY: "Easy", MEDIUM: "Medium", HARD: "Hard" };

/** How a question is graded, prompted and shown (lib/questions/<kind>/). */
export const QUESTION_KINDS = ["CONCEPT", "BEHAVIOURAL", "CODE"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Job levels, lowest first (job practice: the setup, the bank's ranges, the starting difficulty). */
export const SENIORITIES = ["INTERN", "JUNIOR", "MID", "SENIOR", "LEAD"] as const;
export type Seniority = (typeof SENIORITIES)[number];

/**
 * A student's answer as a small typed object. Today every kind answers in text; a spoken answer
 * adds its delivery metrics and a coding answer its code and test results as new optional parts,
 * with `text` always what is graded as prose and shown in transcripts (lib/interview/answer.ts).
 */
export type Answer = { text: string; spoken?: SpokenAnswer; code?: GradedCode };

/** One word of a transcript with its time in seconds (from a transcription endpoint's word timestamps). */
export type TimedWord = { word: string; start: number; end: number };

/** How a spoken answer was said: kept with the answer, read by delivery feedback (lib/speech/delivery.ts). */
export type SpokenAnswer = {
  /** How long the answer was spoken: the recording from its first sound to its last, in seconds. */
  durationSeconds: number;
  /** Word timestamps, when the transcription endpoint gave them. */
  words?: TimedWord[];
  /** Silences the browser measured while recording, in ms (when there are no timestamps). */
  silencesMs?: number[];
  /** The transcript as heard, before the student's corrections: delivery is measured on what was said. */
  heard?: string;
  /** Who turned the audio into text: the server's endpoint, or the browser's speech recognition. */
  transcribedBy: "server" | "browser";
};

/** Long enough for a thorough spoken-style answer; anything longer is almost certainly a paste accident. */
export const MAX_ANSWER_CHARS = 10_000;

export const VERDICTS = ["STRONG", "SHALLOW", "WRONG"] as const;
export type Verdict = (typeof VERDICTS)[number];

export function homePathFor(role: Role): "/student" | "/instructor" {
  return role === "INSTRUCTOR" ? "/instructor" : "/student";
}

/** Emails compare case-insensitively: we store and look up the trimmed lower-case form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Class codes avoid look-alike characters (0/O, 1/I/L) so they survive being read aloud.
export const CLASS_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
// 10 characters from 31: ≈ 8 × 10^14 codes, so guessing one at the join limit (lib/rate-limits.ts)
// is hopeless. Shown in two groups of five (formatClassCode); typed with or without the dash.
export const CLASS_CODE_LENGTH = 10;

export function formatClassCode(code: string): string {
  return code.length === CLASS_CODE_LENGTH ? `${code.slice(0, 5)}-${code.slice(5)}` : code;
}

/** What a student types: case and surrounding spaces ignored, inner spaces/dashes too. */
export function normalizeClassCode(code: string): string {
  return code
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "");
}
