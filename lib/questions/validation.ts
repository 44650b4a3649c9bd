// The one home of a question's rules: limits, messages, difficulty and kind words, and key-point
// splitting. The add and edit forms (in the browser and in their server actions) and the CSV
// import all check a question here, so each limit has one number and one message.
import { z } from "zod";
import { isTrimSpace } from "@/lib/chars";
import type { CodeSpec } from "@/lib/code/types";
import { DIFFICULTIES, type Difficulty, QUESTION_KINDS, type QuestionKind } from "@/lib/domain";
import { cleanText } from "./clean-text";
import { type CodeSpecInput, checkCodeSpec } from "./code/spec";

export const MAX_QUESTION_CHARS = 2000;
/** An instructor's reference answer; not the student's answer in an interview (MAX_ANSWER_CHARS in lib/domain.ts). */
export const MAX_REFERENCE_ANSWER_CHARS = 8000;
export const MAX_KEY_POINTS = 12;
/** The key points as typed (one field, separated by ; | or line breaks). */
export const MAX_KEY_POINTS_CHARS = 4000;

export const KEY_POINTS_HINT = "Separate key points with ; or | or a new line.";

// Kinds as instructors write them in a spreadsheet.
const CONCEPT_WORDS = ["concept", "technical", "knowledge", "theory"];
const BEHAVIOURAL_WORDS = ["behavioural", "behavioral", "behaviour", "star", "soft skills", "situational"];
const CODE_WORDS = ["code", "coding", "programming"];
const KIND_WORDS = new Map<string, QuestionKind>([
  ...CONCEPT_WORDS.map((w) => [w, "CONCEPT"] as const),
  ...BEHAVIOURAL_WORDS.map((w) => [w, "BEHAVIOURAL"] as const),
  ...CODE_WORDS.map((w) => [w, "CODE"] as const),
]);
const KIND_WORDS_LISTED = `concept (or ${CONCEPT_WORDS.slice(1).join(", ")}), behavioural (or ${BEHAVIOURAL_WORDS.slice(1).join(", ")}) or code (or ${CODE_WORDS.slice(1).join(", ")}); blank is concept`;

export const questionMessages = {
  empty: "The question is empty.",
  textTooLong: (n: number) => `The question is ${n.toLocaleString("en")} characters long; the limit is ${MAX_QUESTION_CHARS}.`,
  answerTooLong: (n: number) => `The reference answer is ${n.toLocaleString("en")} characters long; the limit is ${MAX_REFERENCE_ANSWER_CHARS}.`,
  keyPointsTooLong: (n: number) => `The key points are ${n.toLocaleString("en")} characters long; the limit is ${MAX_KEY_POINTS_CHARS}.`,
  tooManyKeyPoints: (n: number) => `${n} key points; the limit is ${MAX_KEY_POINTS}.`,
  unknownDifficulty: (raw: string) => `Unknown difficulty “${raw.slice(0, 40)}”: use easy, medium or hard (or 1, 2, 3).`,
  duplicate: "This topic already has that question.",
  unknownKind: (raw: string) => `Unknown kind “${raw.slice(0, 40)}”: use ${KIND_WORDS_LISTED}.`,
  chooseKind: "Choose a kind: concept, behavioural or coding.",
};

const DIFFICULTY_WORDS: Record<string, Difficulty> = {
  easy: "EASY",
  beginner: "EASY",
  basic: "EASY",
  low: "EASY",
  "1": "EASY",
  e: "EASY",
  medium: "MEDIUM",
  intermediate: "MEDIUM",
  moderate: "MEDIUM",
  mid: "MEDIUM",
  "2": "MEDIUM",
  m: "MEDIUM",
  normal: "MEDIUM",
  hard: "HARD",
  advanced: "HARD",
  difficult: "HARD",
  expert: "HARD",
  high: "HARD",
  "3": "HARD",
  h: "HARD",
};

/** A difficulty as people write it (Easy, 2, advanced, HARD…); blank is medium; undefined when unknown. */
export function parseDifficulty(raw: string): Difficulty | undefined {
  const word = raw.trim().toLowerCase().replace(/\.0$/, "");
  if (!word) return "MEDIUM";
  return Object.hasOwn(DIFFICULTY_WORDS, word) ? DIFFICULTY_WORDS[word] : undefined;
}

/** Longer than any kind word: such a cell is unknown without normalising it (a cell may be 2 MB). */
const MAX_KIND_WORD = 20;

export type KindResult = { ok: true; kind: QuestionKind } | { ok: false; message: string };

/** A kind as people write it (Behavioral, STAR, soft-skills, TECHNICAL, coding…); blank is concept; unknown words are refused with a message. */
export function parseKind(raw: string): KindResult {
  const trimmed = raw.trim();
  if (!trimmed) return { ok: true, kind: "CONCEPT" };
  const kind = trimmed.length > MAX_KIND_WORD ? undefined : KIND_WORDS.get(trimmed.toLowerCase().replace(/[\s_-]+/g, " "));
  return kind ? { ok: true, kind } : { ok: false, message: questionMessages.unknownKind(trimmed) };
}

/** The difficulty as the interface names it: "Medium". */
export const difficultyLabel = (d: Difficulty) => d.charAt(0) + d.slice(1).toLowerCase();

/**
 * The non-blank pieces of a key-points field split on ; | or a line break (trimmed), the first
 * `keep` of them, and how many there are. A split would turn a 2 MB cell of ";" into two
 * million strings; this looks at each character once and builds only what is kept.
 */
export function splitKeyPoints(cell: string, keep = MAX_KEY_POINTS): { points: string[]; count: number } {
  const points: string[] = [];
  let count = 0;
  let start = 0;
  let blank = true;
  for (let i = 0; i <= cell.length; i++) {
    const c = i < cell.length ? cell.charCodeAt(i) : -1;
    if (c === -1 || c === 0x3b || c === 0x7c || c === 0x0a) {
      if (!blank && count++ < keep) points.push(cell.slice(start, i).trim());
      start = i + 1;
      blank = true;
    } else if (blank && !isTrimSpace(c)) blank = false;
  }
  return { points, count };
}

/** Two questions with the same key are the same question: case and spacing aside. */
export const questionKey = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

export type QuestionInput = { text: string; referenceAnswer: string; keyPoints: string };
export type CheckedQuestion = { text: string; referenceAnswer: string | null; keyPoints: string[] };

/** Cleans and checks a question's text fields; the first problem's message, or the values to store. */
export function checkQuestion(input: QuestionInput): { ok: true; value: CheckedQuestion } | { ok: false; message: string } {
  const text = cleanText(input.text).trim();
  if (!text) return { ok: false, message: questionMessages.empty };
  if (text.length > MAX_QUESTION_CHARS) return { ok: false, message: questionMessages.textTooLong(text.length) };
  const answer = cleanText(input.referenceAnswer).trim();
  if (answer.length > MAX_REFERENCE_ANSWER_CHARS) return { ok: false, message: questionMessages.answerTooLong(answer.length) };
  if (input.keyPoints.length > MAX_KEY_POINTS_CHARS) return { ok: false, message: questionMessages.keyPointsTooLong(input.keyPoints.length) };
  const { points, count } = splitKeyPoints(cleanText(input.keyPoints));
  if (count > MAX_KEY_POINTS) return { ok: false, message: questionMessages.tooManyKeyPoints(count) };
  return { ok: true, value: { text, referenceAnswer: answer || null, keyPoints: points } };
}

/** The form's names of a coding question's fields (add and edit), as checkCodeSpec reads them. */
export const CODE_FIELD_NAMES = ["language", "starterCode", "tests", "solution", "entry", "timeLimitMs", "memoryLimitMb"] as const satisfies readonly (keyof CodeSpecInput)[];

const codeFields = Object.fromEntries(CODE_FIELD_NAMES.map((name) => [name, z.string().default("")])) as Record<(typeof CODE_FIELD_NAMES)[number], z.ZodDefault<z.ZodString>>;

/**
 * Form fields of a question (add and edit): strings as posted → checked values, or the same
 * messages as the CSV import. A coding question's spec is checked by lib/questions/code/spec;
 * any other kind stores no spec (`code: null`), so turning a coding question into a concept
 * one drops its tests. The fields of a coding question are ignored for the other kinds.
 */
export const questionFields = z
  .object({
    text: z.string(),
    difficulty: z.enum(DIFFICULTIES, { message: "Choose a difficulty: easy, medium or hard." }),
    kind: z.enum(QUESTION_KINDS, { message: questionMessages.chooseKind }).default("CONCEPT"),
    referenceAnswer: z.string().default(""),
    keyPoints: z.string().default(""),
    ...codeFields,
  })
  .transform((v, ctx): CheckedQuestion & { difficulty: Difficulty; kind: QuestionKind; code: CodeSpec | null } => {
    const checked = checkQuestion(v);
    if (!checked.ok) {
      ctx.addIssue({ code: "custom", message: checked.message });
      return z.NEVER;
    }
    if (v.kind !== "CODE") return { ...checked.value, difficulty: v.difficulty, kind: v.kind, code: null };
    const spec = checkCodeSpec(v);
    if (!spec.ok) {
      ctx.addIssue({ code: "custom", message: spec.message });
      return z.NEVER;
    }
    return { ...checked.value, difficulty: v.difficulty, kind: v.kind, code: spec.value };
  });
