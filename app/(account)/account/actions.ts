"use server";
// The account page's actions: each acts only on the caller's own account (accountAction: any
// signed-in person, whatever their role). Changing the password and deleting the account ask
// for the current password, counted like a login guess.
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountAction } from "@/lib/actions/define";
import { done, refused } from "@/lib/actions/result";
import { signOut } from "@/lib/auth";
import { currentPasswordField, newPasswordField, personNameField, samePasswords } from "@/lib/auth/account-rules";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { deleteAccount, passwordHashOf, renameAccount, saveEmailPrefs, setPasswordHash } from "@/lib/db/queries/accounts";
import { normalizeEmail } from "@/lib/domain";
import { CURRENT_PASSWORD_PER_USER, takeAttempt } from "@/lib/rate-limits";

const WRONG_PASSWORD = "That is not your current password.";
const accountOptions = { surface: "account", revalidate: [["/", "layout"]] } as const;

/** Counts a guess of the current password; true when it is right (the guess is then forgiven). */
async function currentPasswordMatches(userId: string, password: string): Promise<boolean> {
  const succeeded = await takeAttempt([CURRENT_PASSWORD_PER_USER, userId]);
  const hash = await passwordHashOf(userId);
  if (!hash || !(await verifyPassword(password, hash))) return false;
  await succeeded();
  return true;
}

export const renameAccountAction = accountAction(
  z.object({ name: personNameField }),
  async ({ input, user, audit }) => {
    const { previous } = await renameAccount(user.id, input.name);
    // No names in the log: it outlives a deleted account, whose name must go with it.
    await audit({ action: "account.rename", targetType: "user", targetId: user.id, metadata: { changed: previous !== input.name } });
    return done("Your name was saved.");
  },
  { ...accountOptions, echo: ["name"] },
);

export const changePasswordAction = accountAction(
  z.object({ current: currentPasswordField, password: newPasswordField, confirm: z.string() }).refine(...samePasswords),
  async ({ input, user, audit }) => {
    if (!(await currentPasswordMatches(user.id, input.current))) return refused(WRONG_PASSWORD, "current");
    await setPasswordHash(user.id, await hashPassword(input.password));
    await audit({ action: "account.password", targetType: "user", targetId: user.id });
    // The new password ended every session, this one included (a copied cookie must not outlive
    // it): the person logs in again with the new password, as after a reset.
    await signOut({ redirect: false });
    redirect("/login?password=changed");
  },
  { surface: "account" },
);

const checkbox = z
  .enum(["on"])
  .optional()
  .transform((v) => v === "on");

export const emailPrefsAction = accountAction(
  z.object({ reportReady: checkbox, weeklyDigest: checkbox }),
  async ({ input, user, audit }) => {
    await saveEmailPrefs(user.id, input);
    await audit({ action: "account.email_prefs", targetType: "user", targetId: user.id, metadata: input });
    return done("Your e-mail choices were saved.");
  },
  accountOptions,
);

export const deleteAccountAction = accountAction(
  z.object({ confirmEmail: z.string("Type your email to confirm.").trim().min(1, "Type your email to confirm.").max(254), password: currentPasswordField }),
  async ({ input, user, audit }) => {
    if (normalizeEmail(input.confirmEmail) !== normalizeEmail(user.email)) return refused("That is not the email of this account.", "confirmEmail");
    if (!(await currentPasswordMatches(user.id, input.password))) return refused(WRONG_PASSWORD, "password");
    const { deletedSessions } = await deleteAccount(user.id);
    await audit({ action: "account.delete", targetType: "user", targetId: user.id, metadata: { role: user.role, deletedInterviews: deletedSessions } });
    await signOut({ redirect: false });
    redirect("/?account=deleted");
  },
  { surface: "account" },
);
