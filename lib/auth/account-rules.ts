// The one home of the rules for what a person types about themself — their name and a new
// password: sign-up, the reset page, the account page and the admin CLI all use these (and their
// messages), so the rules cannot drift between them.
import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

export const newPasswordField = z
  .string(`Use at least ${PASSWORD_MIN} characters.`)
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

/** The password someone types to prove it is them (any length we would ever have accepted). */
export const currentPasswordField = z.string("Enter your current password.").min(1, "Enter your current password.").max(PASSWORD_MAX, "That password is too long.");

/** A new password typed twice must match (zod refine arguments: `.refine(...samePasswords)`). */
export const samePasswords: [check: (v: { password: string; confirm: string }) => boolean, params: { message: string; path: string[] }] = [
  (v) => v.password === v.confirm,
  { message: "The two passwords are not the same.", path: ["confirm"] },
];

/** The same rule as a plain check, for the CLI: a message, or null when the password is fine. */
export function newPasswordProblem(password: string): string | null {
  const parsed = newPasswordField.safeParse(password);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "That password cannot be used.");
}

export const PERSON_NAME_MAX = 100;
export const personNameField = z.string("Enter your name.").trim().min(1, "Enter your name.").max(PERSON_NAME_MAX, `Keep your name under ${PERSON_NAME_MAX} characters.`);
