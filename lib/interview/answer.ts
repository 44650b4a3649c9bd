// A student's answer (lib/domain.ts Answer) as the request body carries it: `{ text }`, and for a
// spoken answer its timing (`spoken`), checked here, then passed as the same object to the graph
// and the turns table (the parts besides the text are kept in Turn.answerExtra).
import { z } from "zod";
import { MAX_ANSWER_CHARS, type SpokenAnswer } from "@/lib/domain";
import { MAX_RECORDING_SECONDS, MAX_SILENCES, MAX_TIMED_WORDS } from "@/lib/speech/limits";

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

const seconds = z
  .number()
  .nonnegative()
  .max(MAX_RECORDING_SECONDS + 5);

/** A spoken answer's timing, checked like the text: bounded arrays of bounded numbers, nothing else. */
export const spokenSchema = z
  .object({
    durationSeconds: seconds.refine((s) => s > 0, "A spoken answer has a length."),
    words: z
      .array(z.object({ word: z.string().max(100), start: seconds, end: seconds }).strict())
      .max(MAX_TIMED_WORDS)
      .optional(),
    silencesMs: z
      .array(
        z
          .number()
          .int()
          .nonnegative()
          .max(MAX_RECORDING_SECONDS * 1000),
      )
      .max(MAX_SILENCES)
      .optional(),
    heard: z.string().max(MAX_ANSWER_CHARS).optional(),
    transcribedBy: z.enum(["server", "browser"]),
  })
  .strict();

/** `{ text, spoken? }`; a bare string is still accepted from clients written before answers were objects. */
export const answerSchema = z.preprocess(
  (value) => (typeof value === "string" ? { text: value } : value),
  z.object({ text: answerText, spoken: spokenSchema.optional() }).strict(),
);

/** The spoken part kept with an answer (Turn.answerExtra), or null for a typed answer or anything not valid. */
export function spokenIn(answerExtra: unknown): SpokenAnswer | null {
  if (!answerExtra || typeof answerExtra !== "object" || !("spoken" in answerExtra)) return null;
  const parsed = spokenSchema.safeParse((answerExtra as { spoken: unknown }).spoken);
  return parsed.success ? parsed.data : null;
}
