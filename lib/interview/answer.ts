// A student's answer as a small typed object, from the request body to the graph and the turns
// table. Today every kind answers in text; a spoken answer adds its delivery metrics and a coding
// answer its code and test results (issues 16, 17) as new optional parts, with `text` always
// what is graded as prose and shown in transcripts.
import { z } from "zod";
import { MAX_ANSWER_CHARS } from "./limits";

export type Answer = { text: string };

/** The parts of an answer stored beside its text (Turn.answerExtra); null when there are none. */
export function answerExtra(answer: Answer): Record<string, unknown> | null {
  const { text: _text, ...rest } = answer;
  return Object.keys(rest).length > 0 ? rest : null;
}

const answerText = z
  .string()
  // NUL cannot be stored in PostgreSQL text and is never meaningful in an answer.
  .transform((s) => s.replace(/\u0000/g, ""))
  .pipe(
    z
      .string()
      .max(MAX_ANSWER_CHARS, `Answers are limited to ${MAX_ANSWER_CHARS.toLocaleString("en")} characters.`)
      .refine((s) => s.trim().length > 0, "Write an answer first — if you are not sure, say what you do know."),
  );

/** `{ text }`; a bare string is still accepted from clients written before answers were objects. */
export const answerSchema = z.preprocess((value) => (typeof value === "string" ? { text: value } : value), z.object({ text: answerText }).strict());
