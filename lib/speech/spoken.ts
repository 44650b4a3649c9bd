// A spoken answer's part kept beside its text (lib/domain.ts SpokenAnswer): checked like the
// text when it arrives (bounded arrays of bounded numbers, nothing else), and read back the same
// way from Turn.answerExtra by the report, the trend, the transcript and the recordings. No server imports.
import { z } from "zod";
import { MAX_ANSWER_CHARS, type SpokenAnswer } from "@/lib/domain";
import { MAX_RECORDING_SECONDS, MAX_SILENCES, MAX_TIMED_WORDS } from "./limits";

const seconds = z
  .number()
  .nonnegative()
  .max(MAX_RECORDING_SECONDS + 5);

/** A spoken answer's timing and the transcript as heard. */
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

/** The spoken part kept with an answer (Turn.answerExtra), or null for a typed answer or anything not valid. */
export function spokenIn(answerExtra: unknown): SpokenAnswer | null {
  if (!answerExtra || typeof answerExtra !== "object" || !("spoken" in answerExtra)) return null;
  const parsed = spokenSchema.safeParse((answerExtra as { spoken: unknown }).spoken);
  return parsed.success ? parsed.data : null;
}
