// A question-bank CSV → questions to add, duplicates to skip, and every bad row with its line
// number and a reason — nothing is written here. Columns are found by header name
// (case-insensitive, common aliases); other columns are ignored.
import type { Difficulty } from "@/lib/domain";
import { decodeCsvBytes } from "./decode";
import { CSV_PARSE_BUDGET_MS, MAX_CSV_BYTES, tooLargeMessage } from "./limits";
import { CsvDeadlineError, detectDelimiter, isTrimSpace, readCsvRowsAsync, TimeSlicer } from "./rows";

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

export const CSV_TOO_SLOW_MESSAGE = "This file took too long to read. Split it into smaller files, or save it from your spreadsheet as plain “CSV UTF-8”, and try again.";

const normalizeHeader = (h: string) =>
  h
    .replace(/^\ufeff/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .replace(/[^a-z0-9 ]/g, "");
export const questionKey = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

// Normalized alias → field, built once so a header of thousands of columns costs one lookup
// per column. The first field listing an alias wins, as ALIASES is ordered.
const FIELD_BY_ALIAS = new Map<string, Field>();
for (const field of Object.keys(ALIASES) as Field[]) {
  for (const alias of ALIASES[field]) {
    const key = normalizeHeader(alias);
    if (!FIELD_BY_ALIAS.has(key)) FIELD_BY_ALIAS.set(key, field);
  }
}

const MAX_IGNORED_LISTED = 20;

async function mapColumns(header: string[], slicer: TimeSlicer) {
  const index: Partial<Record<Field, number>> = {};
  const recognized: Partial<Record<Field, string>> = {};
  const ignored: string[] = [];
  let moreIgnored = 0;
  for (let i = 0; i < header.length; i++) {
    // A 2 MB header line can hold a million columns: take breaks like the row loop does.
    if (i % 1024 === 1023 && slicer.due) await slicer.pause();
    const name = header[i]!.trim();
    const field = FIELD_BY_ALIAS.get(normalizeHeader(name));
    if (field && index[field] === undefined) {
      index[field] = i;
      recognized[field] = name;
    } else if (name) {
      // Listed for the instructor, not echoed wholesale: a hostile header has a million names.
      if (ignored.length < MAX_IGNORED_LISTED) ignored.push(name.length > 60 ? `${name.slice(0, 60)}…` : name);
      else moreIgnored++;
    }
  }
  if (moreIgnored > 0) ignored.push(`and ${moreIgnored.toLocaleString("en")} more`);
  return { index, recognized, ignored };
}

/**
 * Strips spreadsheet formula noise: a leading apostrophe Excel adds to force text. NULs go by
 * replaceAll of a string, which takes a third of the time of a /g regex on a 2 MB cell of them.
 */
const clean = (v: string | undefined) =>
  (v ?? "")
    .replace(/^'(?=[=+\-@])/, "")
    .replaceAll("\u0000", "")
    .trim();

/**
 * The non-blank pieces of a key-points cell split on ; | or a line break (trimmed), the first
 * `keep` of them, and how many there are. A split would turn a 2 MB cell of ";" into two
 * million strings; this looks at each character once and builds only what is kept.
 */
function keyPointsOf(cell: string, keep: number): { points: string[]; count: number } {
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

/**
 * Reading stops after this many rows — the header, one data row over the limit (so a file just
 * over it is told its exact count) and one more, which shows the file goes on — so a file of a
 * million short lines costs no more than one of 5,002.
 */
const ROWS_TO_READ = 1 + MAX_CSV_ROWS + 2;

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

export type ParseCsvOptions = {
  /** Questions already in the bank: topic null = the topic being imported into. */
  existing: { topic: string | null; text: string }[];
  /** Other topics of the batch, by name. */
  knownTopics: string[];
  /** The topic being imported into; rows naming it are treated as rows without a topic. */
  defaultTopic?: string;
  /** Milliseconds the whole parse may take; CSV_PARSE_BUDGET_MS unless a test says otherwise. */
  budgetMs?: number;
};

export async function parseQuestionCsv(bytes: Uint8Array, options: ParseCsvOptions): Promise<CsvPreview> {
  if (bytes.byteLength > MAX_CSV_BYTES) throw new CsvFileError(tooLargeMessage(bytes.byteLength));
  if (bytes.byteLength === 0) throw new CsvFileError("The file is empty.");
  const deadline = Date.now() + (options.budgetMs ?? CSV_PARSE_BUDGET_MS);
  try {
    return await buildPreview(bytes, options, deadline);
  } catch (e) {
    if (e instanceof CsvDeadlineError) throw new CsvFileError(CSV_TOO_SLOW_MESSAGE);
    throw e;
  }
}

async function buildPreview(bytes: Uint8Array, options: ParseCsvOptions, deadline: number): Promise<CsvPreview> {
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.includes("\u0000") && !text.includes(",") && !text.includes(";"))
    throw new CsvFileError("This does not look like a CSV file. Save your spreadsheet as “CSV UTF-8” and try again.");
  const rows = await readCsvRowsAsync(text, detectDelimiter(text), { deadline, maxRows: ROWS_TO_READ });
  if (rows.length === 0) throw new CsvFileError("The file has no rows.");
  const [header, ...data] = rows;
  if (data.length > MAX_CSV_ROWS) {
    // Reading stopped at ROWS_TO_READ, so a file that reached it may have any number more.
    const count = rows.length >= ROWS_TO_READ ? `more than ${MAX_CSV_ROWS.toLocaleString("en")}` : data.length.toLocaleString("en");
    throw new CsvFileError(`The file has ${count} rows; the limit is ${MAX_CSV_ROWS.toLocaleString("en")}. Split it into smaller files.`);
  }
  const slicer = new TimeSlicer(deadline);
  const { index, recognized, ignored } = await mapColumns(header!.cells, slicer);
  if (index.question === undefined) {
    // Name a few columns, not all of them: a hostile header can have a million, or one of 2 MB.
    const shown = header!.cells.slice(0, 30).map((c) => `“${shorten(c.trim(), 60)}”`);
    if (header!.cells.length > shown.length) shown.push(`and ${(header!.cells.length - shown.length).toLocaleString("en")} more`);
    throw new CsvFileError(`No question column found. Name one column “question” (also accepted: question_text, prompt). Columns found: ${shown.join(", ") || "none"}.`);
  }

  const known = new Map(options.knownTopics.map((t) => [t.trim().toLowerCase(), t]));
  const seen = new Set(options.existing.map((e) => `${(e.topic ?? "").toLowerCase()}\u0001${questionKey(e.text)}`));
  const preview: CsvPreview = { encoding, columns: { recognized, ignored }, toAdd: [], duplicates: [], errors: [], newTopics: [] };
  // Sets beside the lists, so checking a row stays constant-time however many came before.
  const addedKeys = new Set<string>();
  const newTopicSet = new Set<string>();

  for (const row of data) {
    if (slicer.due) await slicer.pause();
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
    const { points: keyPoints, count: keyPointCount } = keyPointsOf(get("keyPoints"), MAX_KEY_POINTS);
    if (keyPointCount > MAX_KEY_POINTS) {
      preview.errors.push({ line: row.line, reason: `${keyPointCount} key points; the limit is ${MAX_KEY_POINTS}.` });
      continue;
    }
    const topicCell = get("topic");
    const sameAsDefault = !!options.defaultTopic && topicCell.toLowerCase() === options.defaultTopic.trim().toLowerCase();
    const topic = topicCell && !sameAsDefault ? (known.get(topicCell.toLowerCase()) ?? topicCell) : null;
    if (topic && !known.has(topic.toLowerCase()) && !newTopicSet.has(topic)) {
      newTopicSet.add(topic);
      preview.newTopics.push(topic);
    }

    const key = `${(topic ?? "").toLowerCase()}\u0001${questionKey(text)}`;
    if (seen.has(key)) {
      const reason = addedKeys.has(key) ? "Repeats an earlier row of this file." : "Already in the question bank.";
      preview.duplicates.push({ line: row.line, text, reason });
      continue;
    }
    seen.add(key);
    addedKeys.add(key);
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
