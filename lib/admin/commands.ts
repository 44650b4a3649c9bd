import "server-only";
// What `npm run admin -- <command>` does, apart from reading the command line (scripts/admin.ts).
// Each command checks its input with the app's own rules, changes the account through the data
// layer and writes an audit entry with no actor and { via: "cli" }: the person at the server's
// terminal is not an account.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { newPasswordProblem, personNameField } from "@/lib/auth/account-rules";
import { hashPassword } from "@/lib/auth/password";
import { assistedClassCount, liveAccountByEmail, ownedClassCount, setPasswordHash, setRole } from "@/lib/db/queries/accounts";
import { recordAudit } from "@/lib/db/queries/audit";
import { HANDED_RESET_TTL_MS, issuePasswordReset } from "@/lib/db/queries/password-resets";
import { createUser } from "@/lib/db/queries/users";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** A refusal the CLI prints as is and exits 1 with; usage mistakes are UsageError (exit 2). */
export class CommandError extends Error {}
export class UsageError extends Error {}

export type Options = { email?: string; name?: string; password?: string };

const cli = { via: "cli" } as const;

function need(value: string | undefined, flag: string): string {
  if (!value || value.trim() === "") throw new UsageError(`Missing --${flag}.`);
  return value;
}

function email(options: Options): string {
  const value = need(options.email, "email").trim();
  if (!z.email().safeParse(value).success) throw new UsageError(`"${value}" is not a valid e-mail address.`);
  return value;
}

function checkedPassword(password: string): string {
  const problem = newPasswordProblem(password);
  if (problem) throw new UsageError(`--password: ${problem}`);
  return password;
}

async function account(options: Options) {
  const address = email(options);
  const found = await liveAccountByEmail(address);
  if (!found) throw new CommandError(`No account uses ${address.toLowerCase()}.`);
  return found;
}

/** A password a person can type from a printout: 24 letters and digits. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url").replace(/[-_]/g, "x");
}

export async function createInstructor(options: Options): Promise<string[]> {
  const address = email(options);
  const name = personNameField.safeParse(need(options.name, "name"));
  if (!name.success) throw new UsageError(`--name: ${name.error.issues[0]?.message}`);
  const generated = options.password === undefined;
  const password = generated ? generatePassword() : checkedPassword(options.password!);
  try {
    const user = await createUser({ name: name.data, email: address, passwordHash: await hashPassword(password), role: "INSTRUCTOR" });
    await recordAudit({ actorId: null, action: "account.create", targetType: "user", targetId: user.id, metadata: { ...cli, role: "INSTRUCTOR" } });
    return [
      `Created instructor ${user.name} <${user.email}>.`,
      ...(generated ? [`Password: ${password}`, "Give it to them privately; they can change it on their account page."] : []),
    ];
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict:user") throw new CommandError(`An account already uses ${address.toLowerCase()}.`);
    throw error;
  }
}

export async function resetPassword(options: Options): Promise<string[]> {
  const user = await account(options);
  if (options.password !== undefined) {
    await setPasswordHash(user.id, await hashPassword(checkedPassword(options.password)));
    await recordAudit({ actorId: null, action: "account.password", targetType: "user", targetId: user.id, metadata: cli });
    return [`Set a new password for ${user.email}. Every device signed in to the account was signed out.`];
  }
  const { token, expiresAt } = await issuePasswordReset(user.id, HANDED_RESET_TTL_MS);
  await recordAudit({ actorId: null, action: "auth.password_reset.request", targetType: "user", targetId: user.id, metadata: cli });
  const origin = appUrl() ?? "http://localhost:3000";
  return [
    `Reset link for ${user.email} (works once, until ${expiresAt.toISOString()}):`,
    `${origin}/reset-password?token=${token}`,
    ...(appUrl() ? [] : ["(APP_URL is not set: change the start of the link to this site's address if it is not localhost:3000.)"]),
  ];
}

export async function promote(options: Options): Promise<string[]> {
  const user = await account(options);
  if (user.role === "INSTRUCTOR") throw new CommandError(`${user.email} is already an instructor.`);
  await setRole(user.id, "INSTRUCTOR");
  await recordAudit({ actorId: null, action: "account.role", targetType: "user", targetId: user.id, metadata: { ...cli, from: "STUDENT", to: "INSTRUCTOR" } });
  return [`${user.email} is now an instructor (they log in again to see the instructor pages). Their class memberships as a student stay on record.`];
}

export async function demote(options: Options): Promise<string[]> {
  const user = await account(options);
  if (user.role === "STUDENT") throw new CommandError(`${user.email} is already a student.`);
  const [owned, assisted] = await Promise.all([ownedClassCount(user.id), assistedClassCount(user.id)]);
  if (owned > 0 || assisted > 0) {
    const parts = [
      owned ? `owns ${owned} class${owned === 1 ? "" : "es"} (archived ones count)` : "",
      assisted ? `assists ${assisted} class${assisted === 1 ? "" : "es"}` : "",
    ].filter(Boolean);
    throw new CommandError(`${user.email} ${parts.join(" and ")}: a student can do neither. Remove them as an assistant, and keep them an instructor while they own classes.`);
  }
  await setRole(user.id, "STUDENT");
  await recordAudit({ actorId: null, action: "account.role", targetType: "user", targetId: user.id, metadata: { ...cli, from: "INSTRUCTOR", to: "STUDENT" } });
  return [`${user.email} is now a student (signed out everywhere).`];
}

export const COMMANDS = { "create-instructor": createInstructor, "reset-password": resetPassword, promote, demote } as const;

export const HELP = `Usage: npm run admin -- <command> [options]

Commands:
  create-instructor --email <address> --name <name> [--password <password>]
      Creates an instructor account. Without --password, a strong one is generated and printed.
  reset-password --email <address> [--password <password>]
      Prints a one-time reset link (valid 24 hours) to give the person, or sets --password directly.
      Either way every device signed in to the account is signed out.
  promote --email <address>      Makes a student an instructor.
  demote --email <address>       Makes an instructor a student (refused while they own or assist a class).
  help                           Shows this text.

Works on the database the app uses (DATABASE_URL, or the embedded one in .data/). Stop the app first
when it runs on the embedded database. Exit codes: 0 done, 1 refused or failed, 2 wrong usage.`;
