// A student's answer (lib/domain.ts Answer) as the request body carries it: `{ text }`, and for a
// spoken answer its timing (`spoken`), checked here, then passed as the same object to the graph
// and the turns table (the parts besides the text are kept in Turn.answerExtra). A coding
// answer's `code` is run on the server before grading (lib/interview/code-run.ts).
import { z } from "zod";
import { MAX_ANSWER_CHARS } from "@/lib/domain";
import { CODE_LIMITS, codeMessages } from "@/lib/code/limits";
import { CODE_LANGUAGES, type CodeAnswer } from "@/lib/code/types";
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

/** A coding answer's code as sent: what it was written in and the source. Its test results are the server's own, never sent. */
const codeAnswer = z
  .object({
    language: z.enum(CODE_LANGUAGES, { message: "Choose JavaScript or Python." }),
    source: z
      .string()
      .transform((s) => s.replace(/\u0000/g, ""))
      .pipe(z.string().max(CODE_LIMITS.codeChars, codeMessages.tooLong)),
  })
  .strict() satisfies z.ZodType<CodeAnswer>;

/** `{ text, spoken? }`; a bare string is still accepted from clients written before answers were objects. */
export const answerSchema = z.preprocess(
  (value) => (typeof value === "string" ? { text: value } : value),
  z.object({ text: answerText, spoken: spokenSchema.optional(), code: codeAnswer.optional() }).strict(),
);

/** An answer as the student sends it: a coding answer's code without its run. */
export type SubmittedAnswer = z.infer<typeof answerSchema>;
