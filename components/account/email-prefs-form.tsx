"use client";
import type { StateAction } from "@/lib/actions/result";
import { EMAIL_PREF_LABELS, type EmailPrefKey, type EmailPrefs } from "@/lib/email-preferences";
import { AccountForm } from "./account-form";

/**
 * The mails this person can get (`shown`, by role), as checkboxes; the other choices are sent
 * back as they are, so saving one never changes another. Disabled, with the reason, when this
 * install sends no e-mail.
 */
export function EmailPrefsForm({ save, prefs, shown, enabled }: { save: StateAction; prefs: EmailPrefs; shown: EmailPrefKey[]; enabled: boolean }) {
  const kept = (Object.keys(prefs) as EmailPrefKey[]).filter((k) => !shown.includes(k) && prefs[k]);
  const boxes = (
    <fieldset className="grid gap-3" disabled={!enabled}>
      <legend className="sr-only">E-mails I want</legend>
      {shown.map((key) => (
        <div key={key} className="flex items-start gap-3">
          <input
            id={`pref-${key}`}
            type="checkbox"
            name={key}
            defaultChecked={prefs[key]}
            className="mt-1 size-4 accent-primary"
            aria-describedby={`pref-${key}-hint`}
            data-testid={`pref-${key}`}
          />
          <div className="grid gap-1">
            <label htmlFor={`pref-${key}`} className="text-sm font-medium">
              {EMAIL_PREF_LABELS[key].label}
            </label>
            <p id={`pref-${key}-hint`} className="text-sm text-muted-foreground">
              {EMAIL_PREF_LABELS[key].hint}
            </p>
          </div>
        </div>
      ))}
      {kept.map((key) => (
        <input key={key} type="hidden" name={key} value="on" />
      ))}
    </fieldset>
  );
  if (!enabled)
    return (
      <div className="grid gap-3" data-testid="email-prefs-off">
        <p className="text-sm text-muted-foreground">This site does not send e-mail (its administrator has not set up a mail server), so there is nothing to choose here yet.</p>
        {boxes}
      </div>
    );
  return (
    <AccountForm action={save} submitLabel="Save e-mail choices" testId="email-prefs-form">
      {() => boxes}
    </AccountForm>
  );
}
