"use server";
// Login, signup and logout: the three public actions, so no role check. Signing in or up
// needs no session (both are counted against rate limits before they are checked); logout
// acts only on the caller's own session. Each: parse with zod → data layer → audit → redirect.
// The authorization matrix (tests/app/authorization-matrix.test.ts) lists them as public.
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth";
import { getSessionUser } from "@/lib/auth/guards";
import { clientIp } from "@/lib/auth/client-ip";
import { hashPassword } from "@/lib/auth/password";
import { safeNextPath } from "@/lib/auth/safe-next";
import { recordAudit } from "@/lib/db/queries/audit";
import { bumpSessionVersion, createUser, findUserForLogin } from "@/lib/db/queries/users";
import { homePathFor, ROLES } from "@/lib/domain";
import { LOGIN_PER_EMAIL, SIGNUP_PER_IP, takeAttempt } from "@/lib/rate-limits";
import { toAppError } from "@/lib/errors";

export type AuthFormState = {
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: { name?: string; email?: string; role?: string };
};

const emailField = z.string().trim().min(1, "Enter your email.").max(254).email("Enter a valid email address.");

const loginSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
  next: z.string().optional(),
});

const signupSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: emailField,
  password: z.string().min(8, "Use at least 8 characters.").max(200, "Use at most 200 characters."),
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
      return "That email and password do not match an account.";
    }
    throw error;
  }
}

export async function loginAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  const values = { email: String(formData.get("email") ?? "") };
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const message = await signInOrMessage(parsed.data.email, parsed.data.password);
  if (message) return { error: message, values };
  const user = await findUserForLogin(parsed.data.email);
  if (!user) return { error: "That email and password do not match an account.", values };
  const next = safeNextPath(parsed.data.next);
  redirect(next ?? homePathFor(user.role));
}

export async function signupAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const parsed = signupSchema.safeParse(Object.fromEntries(formData));
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "") };
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors, values };

  const ip = clientIp(await headers());
  try {
    await takeAttempt([SIGNUP_PER_IP, ip]); // a successful sign-up keeps its slot: accounts are what is limited
    const user = await createUser({ ...parsed.data, passwordHash: await hashPassword(parsed.data.password) });
    await recordAudit({ actorId: user.id, action: "auth.signup", targetType: "user", targetId: user.id, metadata: { role: user.role }, ip });
  } catch (error) {
    return { error: toAppError(error, "auth").message, values };
  }
  const message = await signInOrMessage(parsed.data.email, parsed.data.password);
  if (message) return { error: message, values };
  redirect(homePathFor(parsed.data.role));
}

export async function logoutAction(): Promise<void> {
  // Logging out ends every session of the account, not only this browser's cookie: a copy of
  // the cookie (another device, or one taken from this one) stops working at once.
  const user = await getSessionUser();
  if (user) await bumpSessionVersion(user.id);
  await signOut({ redirectTo: "/" });
}
