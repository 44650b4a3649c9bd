"use server";
// Interview-room settings, each a studentAction (lib/actions/define): zod → requireStudent() → data layer.
import { studentAction } from "@/lib/actions/define";
import { done } from "@/lib/actions/result";
import { saveSpeechPrefs } from "@/lib/db/queries/users";
import { speechPrefsForm } from "@/lib/speech/preferences";

/** Remembers how the student wants questions read aloud (their own setting: nothing to audit). */
export const saveSpeechPrefsAction = studentAction(
  speechPrefsForm,
  async ({ input, user }) => {
    await saveSpeechPrefs(user.id, input);
    return done();
  },
  { surface: "user" },
);
