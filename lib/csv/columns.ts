// Which column of a question-bank CSV is which: found by header name (case-insensitive,
// common aliases); other columns are ignored and listed.
import type { TimeSlicer } from "./rows";

export type Field = "question" | "difficulty" | "answer" | "keyPoints" | "topic" | "kind" | CodeField;
/** A coding question's columns, read only on rows whose kind is code. */
export type CodeField = "language" | "starterCode" | "tests" | "solutionCode" | "entry" | "timeLimitMs" | "memoryLimitMb";

const ALIASES: Record<Field, string[]> = {
  question: ["question", "questions", "question text", "question_text", "questiontext", "prompt", "q"],
  difficulty: ["difficulty", "level", "difficulty level", "difficulty_level", "complexity"],
  answer: ["answer", "reference answer", "reference_answer", "model answer", "model_answer", "expected answer", "expected_answer", "ideal answer", "solution", "a"],
  keyPoints: ["key points", "key_points", "keypoints", "key point", "points", "rubric", "key concepts", "key_concepts"],
  topic: ["topic", "topic name", "topic_name", "category", "section"],
  // Not "category": data sets use it for their subject groups, which the topic column reads.
  kind: ["kind", "type", "question type", "question_type", "question kind", "question_kind"],
  language: ["language", "lang", "programming language", "programming_language"],
  starterCode: ["starter code", "starter_code", "starter", "starter_template", "code template", "code_template"],
  tests: ["tests", "test cases", "test_cases", "testcases", "test"],
  // Not "solution": spreadsheets use it for the prose answer, which the answer column reads.
  solutionCode: ["reference solution", "reference_solution", "solution code", "solution_code", "reference code", "reference_code"],
  entry: ["entry", "entry function", "entry_function", "function", "function name", "function_name"],
  timeLimitMs: ["time limit ms", "time_limit_ms", "time limit", "time_limit", "timeout ms", "timeout_ms"],
  memoryLimitMb: ["memory limit mb", "memory_limit_mb", "memory limit", "memory_limit"],
};

/** What each field is called in the app, in the order the preview lists the mapping. */
export const FIELD_LABELS: [Field, string][] = [
  ["question", "Question"],
  ["answer", "Reference answer"],
  ["keyPoints", "Key points"],
  ["difficulty", "Difficulty"],
  ["kind", "Kind"],
  ["topic", "Topic"],
  ["language", "Language"],
  ["starterCode", "Starter code"],
  ["tests", "Tests"],
  ["solutionCode", "Reference solution"],
  ["entry", "Entry function"],
  ["timeLimitMs", "Time limit (ms)"],
  ["memoryLimitMb", "Memory limit (MB)"],
];

export type ColumnMap = { recognized: Partial<Record<Field, string>>; ignored: string[] };

export const normalizeHeader = (h: string) =>
  h
    .replace(/^\ufeff/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .replace(/[^a-z0-9 ]/g, "");

/** A topic column named like our own template's ("topic") was meant as one; "category" may be a data set's own grouping. */
export const isDeliberateTopicHeader = (header: string) => ["topic", "topic name"].includes(normalizeHeader(header));

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

export async function mapColumns(header: string[], slicer: TimeSlicer) {
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

/** "Question ← Question · Reference answer ← Answer · … · ignored: Question Number, Probability" */
export function describeColumns(columns: ColumnMap): string {
  const parts = FIELD_LABELS.filter(([field]) => columns.recognized[field] !== undefined).map(([field, label]) => `${label} ← ${columns.recognized[field]}`);
  if (columns.ignored.length) parts.push(`ignored: ${columns.ignored.join(", ")}`);
  return parts.join(" · ");
}
