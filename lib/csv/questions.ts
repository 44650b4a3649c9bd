// A question-bank CSV → questions to add, duplicates to skip, and every bad row with its line
// number and a reason — nothing is written here. Columns are found by header name
// (case-insensitive, common aliases); other columns are ignored.
import type { CodeSpec } from "@/lib/code/types";
import type { QuestionKind, Difficulty } from "@/lib/domain";
import { cleanText } from "@/lib/questions/clean-text";
import { checkCodeSpec } from "@/lib/questions/code/spec";

import { checkQuestion, difficultyLabel, parseDifficulty, parseKind, questionKey, questionMessages } from "@/lib/questions/validation";
import { type ColumnMap, type Field, isDeliberateTopicHeader, mapColumns } from "./columns";
import { decodeCsvBytes } from "./decode";
import { CSV_PARSE_BUDGET_MS, MAX_CSV_BYTES, tooLargeMessage } from "./limits";
import { CsvDeadlineError, detectDelimiter, readCsvRowsAsync, TimeSlicer } from "./rows";
import { exactTopicKey, type NearDuplicate, planTopics, type TopicMode, type TopicValue } from "./topic-names";

export type { TopicMode } from "./topic-names";
export { questionKey };
export const MAX_CSV_ROWS = 5000;

export type ParsedQuestion = {
  line: number;
  text: string;
  difficulty: Difficulty;
  kind: QuestionKind;
  referenceAnswer: string | null;
  keyPoints: string[];
  topic: string | null;
  /** A coding question's spec (kind CODE only), checked by lib/questions/code/spec. */
  code?: CodeSpec;
};
export type RowError = { line: number; reason: string };
export type Duplicate = {
  line: number;
  text: string;
  reason: string /** The earlier row of this file it repeats. */;
  firstLine?: number /** It differs from that row (difficulty). */;
  conflict?: boolean;
};
export type TopicColumn = {
  header: string;
  /** Where rows go: one topic per value of the column, or all into the topic being imported into. */
  mode: TopicMode;
  /** What the preview offers first (see suggestTopicMode). */
  suggestedMode: TopicMode;
  /** Topics rows would go into by column (after merges), at most MAX_TOPICS_LISTED of them. */
  values: TopicValue[];
  moreValues: number;
  nearDuplicates: NearDuplicate[];
};
export type CsvPreview = {
  encoding: string;
  columns: ColumnMap;
  toAdd: ParsedQuestion[];
  duplicates: Duplicate[];
  errors: RowError[];
  /** Topic names in the file that do not exist yet (created, locked, on import). */
  newTopics: string[];
  topicColumn: TopicColumn | null;
};

export class CsvFileError extends Error {}

export const CSV_TOO_SLOW_MESSAGE = "This file took too long to read. Split it into smaller files, or save it from your spreadsheet as plain “CSV UTF-8”, and try again.";

const MAX_TOPICS_LISTED = 50;

/**
 * Strips spreadsheet formula noise (a leading apostrophe Excel adds to force text) and
 * control characters (mis-encoded ones restored). NULs go by replaceAll of a string, which
 * takes a third of the time of a /g regex on a 2 MB cell of them.
 */
const clean = (v: string | undefined) => cleanText((v ?? "").replace(/^'(?=[=+\-@])/, "").replaceAll("\u0000", "")).trim();

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
  /** Where rows of a file with a topic column go; the suggested mode when not given. */
  topicMode?: TopicMode;
  /** Merge targets (NearDuplicate.into) of similar topic names the instructor keeps separate. */
  keepSeparate?: string[];
  /** Milliseconds the whole parse may take; CSV_PARSE_BUDGET_MS unless a test says otherwise. */
  budgetMs?: number;
};

/**
 * The default for a file with a topic column. A column named "topic" (our template's word) is
 * meant to sort rows; a data set's own "Category" usually is not the class's topics, so its
 * rows go into the topic the instructor is importing into — unless every value already names
 * a topic of the class (a file exported from here, or prepared for it).
 */
function suggestTopicMode(header: string, values: TopicValue[]): TopicMode {
  if (isDeliberateTopicHeader(header)) return "by-column";
  return values.length > 0 && values.every((v) => v.existing) ? "by-column" : "this-topic";
}

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

type Candidate = Omit<ParsedQuestion, "topic"> & { topicCell: string };

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

  const preview: CsvPreview = { encoding, columns: { recognized, ignored }, toAdd: [], duplicates: [], errors: [], newTopics: [], topicColumn: null };

  // Pass 1: check every row; count topic names, which decide where rows go (and so what repeats what).
  const candidates: Candidate[] = [];
  const topicCounts = new Map<string, number>();
  for (const row of data) {
    if (slicer.due) await slicer.pause();
    const get = (f: Field) => (index[f] === undefined ? "" : clean(row.cells[index[f]!]));
    // Code keeps its leading indentation and formula-like first characters: the spec module cleans it.
    const code = (f: Field) => (index[f] === undefined ? "" : (row.cells[index[f]!] ?? "").replaceAll("\u0000", ""));
    const rawDifficulty = get("difficulty");
    const checked = checkQuestion({ text: get("question"), referenceAnswer: get("answer"), keyPoints: get("keyPoints") });
    const difficulty = parseDifficulty(rawDifficulty);
    // A row without a kind column (or with a blank cell) is a concept question.
    const kind = parseKind(get("kind"));
    if (!checked.ok || !difficulty || !kind.ok) {
      // The row's first problem, in column order: text fields, difficulty, kind.
      const reason = !checked.ok ? checked.message : difficulty && !kind.ok ? kind.message : questionMessages.unknownDifficulty(rawDifficulty);
      preview.errors.push({ line: row.line, reason });
      continue;
    }
    // A coding row's columns are read only on coding rows: other rows may leave them blank or use them for anything.
    const spec =
      kind.kind === "CODE"
        ? checkCodeSpec({
            language: get("language"),
            starterCode: code("starterCode"),
            tests: get("tests"),
            solution: code("solutionCode"),
            entry: get("entry"),
            timeLimitMs: get("timeLimitMs"),
            memoryLimitMb: get("memoryLimitMb"),
          })
        : null;
    if (spec && !spec.ok) {
      preview.errors.push({ line: row.line, reason: spec.message });
      continue;
    }
    const topicCell = get("topic");
    if (topicCell) topicCounts.set(topicCell, (topicCounts.get(topicCell) ?? 0) + 1);
    candidates.push({ line: row.line, difficulty, kind: kind.kind, ...checked.value, topicCell, ...(spec ? { code: spec.value } : {}) });
  }

  const topics = options.defaultTopic ? [options.defaultTopic, ...options.knownTopics] : options.knownTopics;
  const plan = planTopics(topicCounts, topics, new Set(options.keepSeparate ?? []));
  let mode: TopicMode = "this-topic";
  // A topic column with nothing in it decides nothing: no choice to offer.
  if (index.topic !== undefined && topicCounts.size > 0) {
    const suggestedMode = suggestTopicMode(recognized.topic!, plan.values);
    mode = options.topicMode ?? suggestedMode;
    const values = plan.values.slice(0, MAX_TOPICS_LISTED);
    preview.topicColumn = { header: recognized.topic!, mode, suggestedMode, values, moreValues: plan.values.length - values.length, nearDuplicates: plan.nearDuplicates };
  }
  const defaultKey = options.defaultTopic ? exactTopicKey(options.defaultTopic) : null;
  const existingKeys = new Set(topics.map(exactTopicKey));
  const newTopicSet = new Set<string>();

  // Pass 2: place each row and skip repeats. Sets and maps beside the lists keep each check constant-time.
  const seen = new Set(options.existing.map((e) => `${(e.topic ?? "").toLowerCase()}\u0001${questionKey(e.text)}`));
  const firstInFile = new Map<string, Candidate>();
  for (const c of candidates) {
    if (slicer.due) await slicer.pause();
    const placed = mode === "by-column" && c.topicCell ? plan.target.get(c.topicCell)! : null;
    const topic = placed && exactTopicKey(placed) !== defaultKey ? placed : null;
    if (topic && !existingKeys.has(exactTopicKey(topic)) && !newTopicSet.has(topic)) {
      newTopicSet.add(topic);
      preview.newTopics.push(topic);
    }
    const key = `${(topic ?? "").toLowerCase()}\u0001${questionKey(c.text)}`;
    const first = firstInFile.get(key);
    if (first) {
      const conflict = first.difficulty !== c.difficulty;
      const reason = conflict
        ? `Repeats line ${first.line} with a different difficulty (${difficultyLabel(c.difficulty)}): kept ${difficultyLabel(first.difficulty)}.`
        : "Repeats an earlier row of this file.";
      preview.duplicates.push({ line: c.line, text: c.text, reason, firstLine: first.line, ...(conflict ? { conflict } : {}) });
      continue;
    }
    if (seen.has(key)) {
      preview.duplicates.push({ line: c.line, text: c.text, reason: "Already in the question bank." });
      continue;
    }
    firstInFile.set(key, c);
    preview.toAdd.push({
      line: c.line,
      text: c.text,
      difficulty: c.difficulty,
      kind: c.kind,
      referenceAnswer: c.referenceAnswer,
      keyPoints: c.keyPoints,
      topic,
      ...(c.code ? { code: c.code } : {}),
    });
  }
  return preview;
}

/** A cell made safe for spreadsheets: text that starts like a formula is prefixed with ' so it is never evaluated. */
export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const TEMPLATE_HEADER = ["question", "difficulty", "kind", "reference_answer", "key_points", "language", "starter_code", "tests", "reference_solution"];
const TEMPLATE_ROWS: string[][] = [
  [
    "What is the difference between a process and a thread?",
    "easy",
    "concept",
    "A process has its own address space; threads share their process's memory but each has its own stack.",
    "process has its own address space; threads share memory; each thread has its own stack",
  ],
  [
    "Explain what an index is in a database and what it costs.",
    "medium",
    "concept",
    "An index is a separate structure, usually a B-tree, that finds rows without a full scan; it costs storage and slows writes.",
    "data structure such as a b-tree; avoids a full table scan; extra storage; slower writes",
  ],
  [
    "Tell me about a time you found a serious bug shortly before a release. What did you do?",
    "medium",
    "behavioural",
    "A strong answer sets the scene (the project, the deadline, how the bug was found), says what the candidate was responsible for, describes the steps they took themselves, such as reproducing it, writing a failing test, fixing it and telling the team, and ends with the result: whether the release shipped and what changed afterwards.",
    "the project and the deadline; what I was responsible for; how I reproduced and fixed the bug; how I kept the team informed; the result and what I learned",
  ],
  // A coding question: the tests are JSON in one cell; "hidden" tests run only when the answer is submitted.
  [
    "Write isBalanced(text): true when every bracket in the text — (), [] and {} — is closed in the right order, false otherwise. Other characters do not matter.",
    "medium",
    "code",
    "Walk the text once with a stack: push each opening bracket; on a closing bracket the top of the stack must be its partner, which is popped. The text is balanced when the stack is empty at the end. O(n) time, O(n) space in the worst case.",
    "uses a stack; matches each closing bracket with the last open one; checks the stack is empty at the end; O(n) time; O(n) space",
    "javascript",
    "function isBalanced(text) {\n  // Return true or false.\n}",
    '[{"name":"nested","args":["([]{})"],"expected":true},{"name":"wrong order","args":["(]"],"expected":false},{"name":"no brackets","args":["abc"],"expected":true},{"name":"left open","args":["(("],"expected":false,"hidden":true},{"name":"closed too early","args":["())("],"expected":false,"hidden":true}]',
    'function isBalanced(text) {\n  const partner = { ")": "(", "]": "[", "}": "{" };\n  const open = [];\n  for (const c of text) {\n    if ("([{".includes(c)) open.push(c);\n    else if (c in partner && open.pop() !== partner[c]) return false;\n  }\n  return open.length === 0;\n}',
  ],
];

/** The downloadable example bank (GET /api/question-template): one row of each kind, written for this project. */
export const TEMPLATE_CSV = [TEMPLATE_HEADER, ...TEMPLATE_ROWS].map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
