"use server";
// Login, signup and logout: the three publicAction()s (lib/actions/define), so no role check.
// Signing in or up needs no session — it is how one gets a session (both are counted against
// rate limits before they are checked); logout acts only on the caller's own session. Each:
// parse with zod → data layer → audit → redirect. The authorization matrix
// (tests/app/authorization-matrix.test.ts) lists them as public.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define";
import { refused } from "@/lib/actions/result";
import { signIn, signOut } from "@/lib/auth";
import { getSessionUser } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/password";
import { email } from "@/lib/actions/fields";
import { newPasswordField, personNameField } from "@/lib/auth/account-rules";
import { safeNextPath } from "@/lib/auth/safe-next";
import { bumpSessionVersion, createUser, findUserForLogin } from "@/lib/db/queries/users";
import { homePathFor, ROLES } from "@/lib/domain";
import { LOGIN_PER_EMAIL, SIGNUP_PER_IP, takeAttempt } from "@/lib/rate-limits";

const NO_MATCH = "That email and password do not match an account.";

const loginSchema = z.object({
  email,
  password: z.string("Enter your password.").min(1, "Enter your password.").max(200, "That password is too long."),
  next: z.string().optional(),
});

const signupSchema = z.object({
  name: personNameField,
  email,
  password: newPasswordField,
  role: z.enum(ROLES, { message: "Choose whether you are a student or an instructor." }),
});

async function signInOrMessage(email: string, password: string): Promise<string | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      if (code === "rate_limited") return LOGIN_PER_EMAIL.message;
      return NO_MATCH;
    }
    throw error;
  }
}

export const loginAction = publicAction(
  loginSchema,
  async ({ input }) => {
    const message = await signInOrMessage(input.email, input.password);
    if (message) return refused(message);
    const user = await findUserForLogin(input.email);
    if (!user) return refused(NO_MATCH);
    redirect(safeNextPath(input.next) ?? homePathFor(user.role));
  },
  { surface: "auth", echo: ["email"] },
);

export const signupAction = publicAction(
  signupSchema,
  async ({ input, ip, audit }) => {
    await takeAttempt([SIGNUP_PER_IP, await ip()]); // a successful sign-up keeps its slot: accounts are what is limited
    const user = await createUser({ ...input, passwordHash: await hashPassword(input.password) });
    await audit({ actorId: user.id, action: "auth.signup", targetType: "user", targetId: user.id, metadata: { role: user.role } });
    const message = await signInOrMessage(input.email, input.password);
    if (message) return refused(message);
    redirect(homePathFor(input.role));
  },
  { surface: "auth", echo: ["name", "email", "role"] },
);

export const logoutAction = publicAction(z.object({}), async () => {
  // Logging out ends every session of the account, not only this browser's cookie: a copy of
  // the cookie (another device, or one taken from this one) stops working at once.
  const user = await getSessionUser();
  if (user) await bumpSessionVersion(user.id);
  await signOut({ redirectTo: "/" });
});
