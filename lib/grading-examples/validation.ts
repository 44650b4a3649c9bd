// The one home of a graded example's rules: how many rows a save takes, the answer's length
// (the same limit as a student's answer, so any real answer can become an example), the
// verdicts, the score range and the score a verdict stands for when none is typed. The sample
// form (in the browser) and its server action both check rows here. Client-safe: no server code.
import { z } from "zod";
import { VERDICTS, type Verdict } from "@/lib/domain";
import { MAX_ANSWER_CHARS } from "@/lib/domain";

/** Rows one save may hold; the form suggests 3 (the guidance) and lets the instructor add up to the maximum. */
export const MIN_SAMPLE_ROWS = 1;
export const MAX_SAMPLE_ROWS = 10;
export const SUGGESTED_SAMPLE_ROWS = 3;
export const MAX_EXAMPLE_ANSWER_CHARS = MAX_ANSWER_CHARS;

/** The score an example gets when the instructor picks only a verdict: the middle of what each verdict usually scores. */
export const DEFAULT_SCORE: Record<Verdict, number> = { STRONG: 85, SHALLOW: 55, WRONG: 15 };

export const exampleMessages = {
  emptyAnswer: "Write or paste the answer.",
  answerTooLong: (n: number) => `This answer is ${n.toLocaleString("en")} characters long; the limit is ${MAX_EXAMPLE_ANSWER_CHARS.toLocaleString("en")}.`,
  chooseVerdict: "Choose strong, shallow or wrong.",
  score: "Scores are whole numbers from 0 to 100 (or leave it empty).",
  noRows: "Fill in at least one answer.",
  tooManyRows: `Save at most ${MAX_SAMPLE_ROWS} answers at a time.`,
  alreadyExample: "This student answer is already one of your examples.",
  fixRows: (rows: number[]) =>
    `${rows.length === 1 ? "1 answer needs" : `${rows.length} answers need`} fixing (${rows.length === 1 ? "answer" : "answers"} ${rows.join(", ")}). Nothing was saved.`,
};

/** One row as the form posts it: strings, possibly empty. `turnId` when it was picked from a student's answer. */
export type RawSampleRow = { answer?: string; verdict?: string; score?: string; turnId?: string };
/** A checked row, ready to store (with the grader's opinion added by the server). */
export type SampleRow = { index: number; answer: string; verdict: Verdict; score: number; turnId: string | null };

const NUL = /\u0000/g;
/** A row with no answer is left out, whatever else was clicked in it (a stray verdict must not block the save). */
const isBlank = (row: RawSampleRow) => !row.answer?.replace(NUL, "").trim();

/** Every problem of one row, by field ("answer", "verdict", "score"), or the checked row. */
export function checkSampleRow(raw: RawSampleRow, index: number): { ok: true; row: SampleRow } | { ok: false; errors: Partial<Record<"answer" | "verdict" | "score", string>> } {
  const errors: Partial<Record<"answer" | "verdict" | "score", string>> = {};
  // NUL cannot be stored in PostgreSQL text, as for students' answers.
  const answer = (raw.answer ?? "").replace(NUL, "").trim();
  if (!answer) errors.answer = exampleMessages.emptyAnswer;
  else if (answer.length > MAX_EXAMPLE_ANSWER_CHARS) errors.answer = exampleMessages.answerTooLong(answer.length);
  const verdict = (VERDICTS as readonly string[]).includes(raw.verdict ?? "") ? (raw.verdict as Verdict) : null;
  if (!verdict) errors.verdict = exampleMessages.chooseVerdict;
  const typed = (raw.score ?? "").trim();
  const score = typed === "" ? (verdict ? DEFAULT_SCORE[verdict] : 0) : Number(typed);
  if (!/^\d{1,3}$/.test(typed || "0") || score < 0 || score > 100) errors.score = exampleMessages.score;
  if (Object.keys(errors).length || !verdict) return { ok: false, errors };
  return { ok: true, row: { index, answer, verdict, score, turnId: raw.turnId?.trim() || null } };
}

const rawRow = z.object({ answer: z.string().optional(), verdict: z.string().optional(), score: z.string().optional(), turnId: z.string().max(64).optional() });

/**
 * The rows of one save: fully blank rows are skipped (the form starts with three), every other
 * row is checked, and each problem is reported at "rows.<i>.<field>" so the form shows it on
 * its row. One bad row refuses the whole save: nothing is half-written.
 */
export const sampleRowsSchema = z.array(rawRow).transform((rows, ctx) => {
  const filled = rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
  if (filled.length < MIN_SAMPLE_ROWS) ctx.addIssue({ code: "custom", message: exampleMessages.noRows });
  if (filled.length > MAX_SAMPLE_ROWS) ctx.addIssue({ code: "custom", message: exampleMessages.tooManyRows });
  const checked: SampleRow[] = [];
  const problems: { index: number; errors: Partial<Record<string, string>> }[] = [];
  for (const { row, index } of filled) {
    const result = checkSampleRow(row, index);
    if (result.ok) checked.push(result.row);
    else problems.push({ index, errors: result.errors });
  }
  // The summary first (it is the message beside Save), then each problem on its row.
  if (problems.length) ctx.addIssue({ code: "custom", message: exampleMessages.fixRows(problems.map((p) => p.index + 1)) });
  for (const { index, errors } of problems)
    for (const [field, message] of Object.entries(errors)) ctx.addIssue({ code: "custom", message: `Answer ${index + 1}: ${message}`, path: [index, field] });
  return checked;
});

/** The form's fields `rows.<i>.<field>` (i < 50) → rows in order, for the schema above. */
export function readSampleRows(form: FormData): RawSampleRow[] {
  const rows: RawSampleRow[] = [];
  for (const [key, value] of form.entries()) {
    const m = /^rows\.(\d{1,2})\.(answer|verdict|score|turnId)$/.exec(key);
    if (!m || typeof value !== "string" || Number(m[1]) >= 50) continue;
    const i = Number(m[1]);
    rows[i] = { ...rows[i], [m[2]!]: value };
  }
  return Array.from(rows, (row) => row ?? {});
}
