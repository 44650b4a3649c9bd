"use server";
// Interview-room settings, each a studentAction (lib/actions/define): zod → requireStudent() → data layer.
import { studentAction } from "@/lib/actions/define";
import { done } from "@/lib/actions/result";
import { saveKeepRecordings, saveSpeechPrefs } from "@/lib/db/queries/users";
import { keepRecordingsForm, speechPrefsForm } from "@/lib/speech/preferences";

/** Remembers how the student wants questions read aloud (their own setting: nothing to audit). */
export const saveSpeechPrefsAction = studentAction(
  speechPrefsForm,
  async ({ input, user }) => {
    await saveSpeechPrefs(user.id, input);
    return done();
  },
  { surface: "user" },
);

/**
 * Whether the student's spoken answers' recordings are kept for them to listen back. Turning it
 * off keeps what is already kept (each one stays deletable from its report); it stops new ones.
 */
export const saveKeepRecordingsAction = studentAction(
  keepRecordingsForm,
  async ({ input, user }) => {
    await saveKeepRecordings(user.id, input);
    return done(input.keepRecordings ? "Your recordings will be kept." : "New recordings will not be kept.");
  },
  { surface: "user" },
);
