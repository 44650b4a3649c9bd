"use server";
// Forgotten passwords: asking for a link and using it. Both are publicAction()s: the person is
// signed out by definition. Asking answers the same whether or not the address has an account
// (and sends in the background, so the timing does not tell either); it is rate-limited per
// address and per network. Using a link sets the password once and ends every session.
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define";
import { done, refused } from "@/lib/actions/result";
import { hashPassword } from "@/lib/auth/password";
import { email } from "@/lib/actions/fields";
import { newPasswordField, samePasswords } from "@/lib/auth/account-rules";
import { accountForReset, consumePasswordReset, issuePasswordReset, RESET_TTL_MS } from "@/lib/db/queries/password-resets";
import { passwordReset } from "@/lib/email/messages";
import { emailEnabled, sendInBackground } from "@/lib/email/send";
import { RESET_REQUEST_PER_EMAIL, RESET_REQUEST_PER_IP, takeAttempt } from "@/lib/rate-limits";

const RESET_SENT =
  "If an account uses that address, we have sent it a link to choose a new password. The link works once, for one hour. Check your spam folder if it does not arrive in a few minutes.";
const DEAD_LINK = "This reset link has expired or was already used. Ask for a new one.";

export const requestPasswordResetAction = publicAction(
  z.object({ email }),
  async ({ input, ip, audit }) => {
    if (!emailEnabled()) return refused("E-mail is not set up on this site, so we cannot send a reset link. Ask your instructor or the administrator (see below).");
    await takeAttempt([RESET_REQUEST_PER_EMAIL, input.email.toLowerCase()], [RESET_REQUEST_PER_IP, await ip()]); // each keeps its slot: it may send a mail
    const account = await accountForReset(input.email);
    if (account) {
      const { token } = await issuePasswordReset(account.id, RESET_TTL_MS);
      sendInBackground(passwordReset({ to: account.email, name: account.name, resetUrl: `/reset-password?token=${token}`, expiresInMinutes: RESET_TTL_MS / 60_000 }));
      await audit({ actorId: account.id, action: "auth.password_reset.request", targetType: "user", targetId: account.id, metadata: { via: "email" } });
    }
    return done(RESET_SENT);
  },
  { surface: "auth", echo: ["email"] },
);

const resetSchema = z
  .object({
    token: z.string().min(20, DEAD_LINK).max(200, DEAD_LINK),
    password: newPasswordField,
    confirm: z.string(),
  })
  .refine(...samePasswords);

export const resetPasswordAction = publicAction(
  resetSchema,
  async ({ input, audit }) => {
    const used = await consumePasswordReset(input.token, await hashPassword(input.password));
    if (!used) return refused(DEAD_LINK);
    await audit({ actorId: used.userId, action: "auth.password_reset.complete", targetType: "user", targetId: used.userId });
    redirect("/login?reset=done");
  },
  { surface: "auth" },
);
