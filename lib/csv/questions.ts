// A question-bank CSV → questions to add, duplicates to skip, and every bad row with its line
// number and a reason — nothing is written here. Columns are found by header name
// (case-insensitive, common aliases); other columns are ignored.
import type { Difficulty } from "@/lib/domain";
import { decodeCsvBytes } from "./decode";
import { MAX_CSV_BYTES, tooLargeMessage } from "./limits";
import { detectDelimiter, readCsvRows } from "./rows";

export const MAX_CSV_ROWS = 5000;
export const MAX_QUESTION_CHARS = 2000;
export const MAX_ANSWER_CHARS = 8000;
export const MAX_KEY_POINTS = 12;

type Field = "question" | "difficulty" | "answer" | "keyPoints" | "topic";

const ALIASES: Record<Field, string[]> = {
  question: ["question", "questions", "question text", "question_text", "questiontext", "prompt", "q"],
  difficulty: ["difficulty", "level", "difficulty level", "difficulty_level", "complexity"],
  answer: ["answer", "reference answer", "reference_answer", "model answer", "model_answer", "expected answer", "expected_answer", "ideal answer", "solution", "a"],
  keyPoints: ["key points", "key_points", "keypoints", "key point", "points", "rubric", "key concepts", "key_concepts"],
  topic: ["topic", "topic name", "topic_name", "category", "section"],
};

const DIFFICULTY_WORDS: Record<string, Difficulty> = {
  easy: "EASY", beginner: "EASY", basic: "EASY", low: "EASY", "1": "EASY", e: "EASY",
  medium: "MEDIUM", intermediate: "MEDIUM", moderate: "MEDIUM", mid: "MEDIUM", "2": "MEDIUM", m: "MEDIUM", normal: "MEDIUM",
  hard: "HARD", advanced: "HARD", difficult: "HARD", expert: "HARD", high: "HARD", "3": "HARD", h: "HARD",
};

export type ParsedQuestion = { line: number; text: string; difficulty: Difficulty; referenceAnswer: string | null; keyPoints: string[]; topic: string | null };
export type RowError = { line: number; reason: string };
export type CsvPreview = {
  encoding: string;
  columns: { recognized: Partial<Record<Field, string>>; ignored: string[] };
  toAdd: ParsedQuestion[];
  duplicates: { line: number; text: string; reason: string }[];
  errors: RowError[];
  /** Topic names in the file that do not exist yet (created, locked, on import). */
  newTopics: string[];
};

export class CsvFileError extends Error {}

const normalizeHeader = (h: string) => h.replace(/^\ufeff/, "").trim().toLowerCase().replace(/[\s_-]+/g, " ").replace(/[^a-z0-9 ]/g, "");
export const questionKey = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

function mapColumns(header: string[]) {
  const index: Partial<Record<Field, number>> = {};
  const recognized: Partial<Record<Field, string>> = {};
  const ignored: string[] = [];
  header.forEach((raw, i) => {
    const h = normalizeHeader(raw);
    const field = (Object.keys(ALIASES) as Field[]).find((f) => ALIASES[f].some((a) => normalizeHeader(a) === h));
    if (field && index[field] === undefined) {
      index[field] = i;
      recognized[field] = raw.trim();
    } else if (raw.trim()) ignored.push(raw.trim());
  });
  return { index, recognized, ignored };
}

/** Strips spreadsheet formula noise: a leading apostrophe Excel adds to force text. */
const clean = (v: string | undefined) => (v ?? "").replace(/^'(?=[=+\-@])/, "").replace(/\u0000/g, "").trim();

export function parseQuestionCsv(
  bytes: Uint8Array,
  options: {
    /** Questions already in the bank: topic null = the topic being imported into. */
    existing: { topic: string | null; text: string }[];
    /** Other topics of the batch, by name. */
    knownTopics: string[];
    /** The topic being imported into; rows naming it are treated as rows without a topic. */
    defaultTopic?: string;
  },
): CsvPreview {
  if (bytes.byteLength > MAX_CSV_BYTES) throw new CsvFileError(tooLargeMessage(bytes.byteLength));
  if (bytes.byteLength === 0) throw new CsvFileError("The file is empty.");
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.includes("\u0000") && !text.includes(",") && !text.includes(";")) throw new CsvFileError("This does not look like a CSV file. Save your spreadsheet as “CSV UTF-8” and try again.");
  const rows = readCsvRows(text, detectDelimiter(text));
  if (rows.length === 0) throw new CsvFileError("The file has no rows.");
  const [header, ...data] = rows;
  if (data.length > MAX_CSV_ROWS) throw new CsvFileError(`The file has ${data.length.toLocaleString("en")} rows; the limit is ${MAX_CSV_ROWS.toLocaleString("en")}. Split it into smaller files.`);
  const { index, recognized, ignored } = mapColumns(header!.cells);
  if (index.question === undefined) {
    throw new CsvFileError(`No question column found. Name one column “question” (also accepted: question_text, prompt). Columns found: ${header!.cells.map((c) => `“${c.trim()}”`).join(", ") || "none"}.`);
  }

  const known = new Map(options.knownTopics.map((t) => [t.trim().toLowerCase(), t]));
  const seen = new Set(options.existing.map((e) => `${(e.topic ?? "").toLowerCase()}\u0001${questionKey(e.text)}`));
  const preview: CsvPreview = { encoding, columns: { recognized, ignored }, toAdd: [], duplicates: [], errors: [], newTopics: [] };

  for (const row of data) {
    const get = (f: Field) => (index[f] === undefined ? "" : clean(row.cells[index[f]!]));
    const text = get("question");
    if (!text) {
      preview.errors.push({ line: row.line, reason: "The question is empty." });
      continue;
    }
    if (text.length > MAX_QUESTION_CHARS) {
      preview.errors.push({ line: row.line, reason: `The question is ${text.length} characters long; the limit is ${MAX_QUESTION_CHARS}.` });
      continue;
    }
    const rawDifficulty = get("difficulty");
    const difficulty = rawDifficulty ? DIFFICULTY_WORDS[rawDifficulty.toLowerCase().replace(/\.0$/, "")] : "MEDIUM";
    if (!difficulty) {
      preview.errors.push({ line: row.line, reason: `Unknown difficulty “${rawDifficulty.slice(0, 40)}”: use easy, medium or hard (or 1, 2, 3).` });
      continue;
    }
    const answer = get("answer");
    if (answer.length > MAX_ANSWER_CHARS) {
      preview.errors.push({ line: row.line, reason: `The reference answer is ${answer.length} characters long; the limit is ${MAX_ANSWER_CHARS}.` });
      continue;
    }
    const keyPoints = get("keyPoints")
      .split(/[;|\n]/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (keyPoints.length > MAX_KEY_POINTS) {
      preview.errors.push({ line: row.line, reason: `${keyPoints.length} key points; the limit is ${MAX_KEY_POINTS}.` });
      continue;
    }
    const topicCell = get("topic");
    const sameAsDefault = !!options.defaultTopic && topicCell.toLowerCase() === options.defaultTopic.trim().toLowerCase();
    const topic = topicCell && !sameAsDefault ? (known.get(topicCell.toLowerCase()) ?? topicCell) : null;
    if (topic && !known.has(topic.toLowerCase()) && !preview.newTopics.includes(topic)) preview.newTopics.push(topic);

    const key = `${(topic ?? "").toLowerCase()}\u0001${questionKey(text)}`;
    if (seen.has(key)) {
      const inFile = preview.toAdd.some((q) => `${(q.topic ?? "").toLowerCase()}\u0001${questionKey(q.text)}` === key);
      preview.duplicates.push({ line: row.line, text, reason: inFile ? "Repeats an earlier row of this file." : "Already in the question bank." });
      continue;
    }
    seen.add(key);
    preview.toAdd.push({ line: row.line, text, difficulty, referenceAnswer: answer || null, keyPoints, topic });
  }
  return preview;
}

/** A cell made safe for spreadsheets: text that starts like a formula is prefixed with ' so it is never evaluated. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const TEMPLATE_CSV =
  "question,difficulty,reference_answer,key_points\r\n" +
  '"What is the difference between a process and a thread?",easy,"A process has its own address space; threads share their process\'s memory but each has its own stack.","process has its own address space; threads share memory; each thread has its own stack"\r\n' +
  '"Explain what an index is in a database and what it costs.",medium,"An index is a separate structure, usually a B-tree, that finds rows without a full scan; it costs storage and slows writes.","data structure such as a b-tree; avoids a full table scan; extra storage; slower writes"\r\n';
