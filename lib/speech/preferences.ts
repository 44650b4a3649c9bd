// How the interview room reads questions aloud, remembered per student: on or off, the speaking
// rate, and the browser voice (by name; a server voice, when configured, is the same for all).
// One home for the rules, used by the room's controls and the action that saves them. No server imports.
import { z } from "zod";

export const SPEECH_RATES = [0.8, 1, 1.2, 1.5] as const;

export const speechPrefsSchema = z.object({
  readAloud: z.boolean(),
  rate: z.union(SPEECH_RATES.map((r) => z.literal(r)) as [z.ZodLiteral<0.8>, z.ZodLiteral<1>, z.ZodLiteral<1.2>, z.ZodLiteral<1.5>], { message: "Choose a speed from the list." }),
  /** A browser voice's name; null: the browser's default voice. */
  voice: z.string().trim().min(1).max(120).nullable(),
});

export type SpeechPrefs = z.infer<typeof speechPrefsSchema>;

export const DEFAULT_SPEECH_PREFS: SpeechPrefs = { readAloud: false, rate: 1, voice: null };

/** The stored preferences, or the defaults for anything missing or not valid (other keys, e.g. keepRecordings, are ignored). */
export function readSpeechPrefs(value: unknown): SpeechPrefs {
  const parsed = speechPrefsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SPEECH_PREFS;
}

/** The form the room sends: "on"/"off", the rate as text, the voice's name or "" for the default. */
export const speechPrefsForm = z
  .object({
    readAloud: z.enum(["on", "off"], { message: "Choose on or off." }),
    rate: z.coerce.number({ message: "Choose a speed from the list." }),
    voice: z.string().max(120).default(""),
  })
  .transform((f) => ({ readAloud: f.readAloud === "on", rate: f.rate, voice: f.voice.trim() || null }))
  .pipe(speechPrefsSchema);

// Keeping spoken answers' recordings: a separate choice from reading aloud, stored in the same
// JSON (beside readAloud, rate, voice) but saved by its own action, so neither save drops the other's keys.

/** The stored choice; off unless the student turned it on (anything else stored reads as off). */
export function readKeepRecordings(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { keepRecordings?: unknown }).keepRecordings === true;
}

/** The toggle's form: "on"/"off", as the read-aloud form sends its switch. */
export const keepRecordingsForm = z
  .object({ keepRecordings: z.enum(["on", "off"], { message: "Choose on or off." }) })
  .transform((f) => ({ keepRecordings: f.keepRecordings === "on" }));

export type KeepRecordingsPref = z.infer<typeof keepRecordingsForm>;
