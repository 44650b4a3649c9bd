// A student's answer (lib/domain.ts Answer) as the request body carries it: `{ text }`, and for a
// spoken answer its timing (`spoken`), checked here, then passed as the same object to the graph
// and the turns table (the parts besides the text are kept in Turn.answerExtra).
import { z } from "zod";
import { MAX_ANSWER_CHARS } from "@/lib/domain";
import { spokenSchema } from "@/lib/speech/spoken";

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

/** `{ text, spoken? }`; a bare string is still accepted from clients written before answers were objects. */
export const answerSchema = z.preprocess(
  (value) => (typeof value === "string" ? { text: value } : value),
  z.object({ text: answerText, spoken: spokenSchema.optional() }).strict(),
);
