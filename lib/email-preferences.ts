// What a person chose to receive by e-mail (User.emailPrefs). No server code: the account page's
// form reads the same names. Mail a person cannot do without (a password-reset link they asked
// for) is not a preference.
import { z } from "zod";

export const EMAIL_PREF_KEYS = ["reportReady", "weeklyDigest"] as const;
export type EmailPrefKey = (typeof EMAIL_PREF_KEYS)[number];
export type EmailPrefs = Record<EmailPrefKey, boolean>;

/** Both on until the person says otherwise: they are why e-mail was set up. */
export const DEFAULT_EMAIL_PREFS: EmailPrefs = { reportReady: true, weeklyDigest: true };

export const EMAIL_PREF_LABELS: Record<EmailPrefKey, { label: string; hint: string }> = {
  reportReady: { label: "My interview report is ready", hint: "A short note with a link each time an interview's report is saved." },
  weeklyDigest: { label: "Weekly class digest (instructors)", hint: "Once a week per class you teach: students who may need help and overdue assignments." },
};

const stored = z.object({ reportReady: z.boolean().optional(), weeklyDigest: z.boolean().optional() }).passthrough();

/** The stored JSON as preferences; anything unreadable counts as the defaults. */
export function readEmailPrefs(value: unknown): EmailPrefs {
  const parsed = stored.safeParse(value);
  if (!parsed.success) return { ...DEFAULT_EMAIL_PREFS };
  return {
    reportReady: parsed.data.reportReady ?? DEFAULT_EMAIL_PREFS.reportReady,
    weeklyDigest: parsed.data.weeklyDigest ?? DEFAULT_EMAIL_PREFS.weeklyDigest,
  };
}
