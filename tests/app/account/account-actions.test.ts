// The account page's actions, for a student and an instructor: each acts on the caller only.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { emailPrefsOf } from "@/lib/db/queries/accounts";
import { createBatch } from "@/lib/db/queries/batches";
import { issuePasswordReset } from "@/lib/db/queries/password-resets";
import { findSessionUser, findUserForLogin } from "@/lib/db/queries/users";
import { CURRENT_PASSWORD_PER_USER } from "@/lib/rate-limits";
import { FACTORY_PASSWORD, makeUser, sessionFor } from "../../support/factories";

const state = vi.hoisted(() => ({ session: null as null | { user: { id: string; role: string; sessionVersion: number } }, signOuts: 0 }));
vi.mock("@/lib/auth", () => ({
  auth: async () => state.session,
  signIn: async () => undefined,
  signOut: async () => void state.signOuts++,
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => {} }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const actions = await import("@/app/(account)/account/actions");

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

async function signedIn(role: "STUDENT" | "INSTRUCTOR" = "STUDENT") {
  const user = await makeUser(role);
  state.session = sessionFor(user, (await findSessionUser(user.id))!.sessionVersion);
  return user;
}

async function outcome(run: () => Promise<unknown>) {
  try {
    return await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

const audits = async (action: string, actorId: string) => (await getDb()).auditLog.count({ where: { action, actorId } });

beforeEach(() => {
  state.session = null;
  state.signOuts = 0;
});

describe("account actions", () => {
  it("rename: the caller's own name, validated with the sign-up rule, audited without the names", async () => {
    const user = await signedIn();
    expect(await actions.renameAccountAction({}, form({ name: "   " }))).toMatchObject({ ok: false, fieldErrors: { name: ["Enter your name."] } });
    expect(await actions.renameAccountAction({}, form({ name: "Nia Newname" }))).toMatchObject({ ok: true });
    expect((await findSessionUser(user.id))?.name).toBe("Nia Newname");
    const db = await getDb();
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "account.rename", actorId: user.id } });
    expect(JSON.stringify(entry.metadata)).not.toContain("Nia");
  });

  it("change password: needs the current one, then ends every session (this one too) and every reset link", async () => {
    const user = await signedIn("INSTRUCTOR");
    const version = (await findSessionUser(user.id))!.sessionVersion;
    await issuePasswordReset(user.id);
    expect(await actions.changePasswordAction({}, form({ current: "wrong password", password: "new password 1", confirm: "new password 1" }))).toMatchObject({
      ok: false,
      field: "current",
      message: "That is not your current password.",
    });
    expect(await actions.changePasswordAction({}, form({ current: FACTORY_PASSWORD, password: "new password 1", confirm: "other" }))).toMatchObject({
      ok: false,
      field: "confirm",
    });
    expect(await outcome(() => actions.changePasswordAction({}, form({ current: FACTORY_PASSWORD, password: "new password 1", confirm: "new password 1" })))).toEqual({
      redirect: "/login?password=changed",
    });
    expect(await verifyPassword("new password 1", (await findUserForLogin(user.email))!.passwordHash)).toBe(true);
    expect((await findSessionUser(user.id))!.sessionVersion).toBe(version + 1);
    expect(state.signOuts).toBe(1); // this browser too: log in again with the new password
    expect(await (await getDb()).passwordReset.count({ where: { userId: user.id } })).toBe(0);
    expect(await audits("account.password", user.id)).toBe(1);
  });

  it(`stops guessing the current password after ${CURRENT_PASSWORD_PER_USER.max} wrong tries`, async () => {
    await signedIn();
    for (let i = 0; i < CURRENT_PASSWORD_PER_USER.max; i++)
      await actions.changePasswordAction({}, form({ current: `guess ${i}`, password: "new password 1", confirm: "new password 1" }));
    expect(await actions.changePasswordAction({}, form({ current: FACTORY_PASSWORD, password: "new password 1", confirm: "new password 1" }))).toMatchObject({
      ok: false,
      message: CURRENT_PASSWORD_PER_USER.message,
    });
  });

  it("e-mail choices: saved per key, unchecked means off", async () => {
    const user = await signedIn();
    expect(await emailPrefsOf(user.id)).toEqual({ reportReady: true, weeklyDigest: true });
    expect(await actions.emailPrefsAction({}, form({ weeklyDigest: "on" }))).toMatchObject({ ok: true });
    expect(await emailPrefsOf(user.id)).toEqual({ reportReady: false, weeklyDigest: true });
    expect(await audits("account.email_prefs", user.id)).toBe(1);
  });

  it("delete: the e-mail and password must match; then the account is anonymised, signed out and audited", async () => {
    const user = await signedIn();
    expect(await actions.deleteAccountAction({}, form({ confirmEmail: "someone@else.com", password: FACTORY_PASSWORD }))).toMatchObject({ ok: false, field: "confirmEmail" });
    expect(await actions.deleteAccountAction({}, form({ confirmEmail: user.email, password: "nope" }))).toMatchObject({ ok: false, field: "password" });
    expect(await findSessionUser(user.id)).not.toBeNull();
    expect(await outcome(() => actions.deleteAccountAction({}, form({ confirmEmail: user.email.toUpperCase(), password: FACTORY_PASSWORD })))).toEqual({
      redirect: "/?account=deleted",
    });
    expect(await findSessionUser(user.id)).toBeNull();
    expect(state.signOuts).toBe(1);
    expect(await audits("account.delete", user.id)).toBe(1);
  });

  it("delete: an instructor who owns a live class is refused with what to do", async () => {
    const user = await signedIn("INSTRUCTOR");
    await createBatch(user.id, "Spring cohort");
    expect(await actions.deleteAccountAction({}, form({ confirmEmail: user.email, password: FACTORY_PASSWORD }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Spring cohort.*Archive it first/),
    });
    expect(await findSessionUser(user.id)).not.toBeNull();
  });

  it("signed out: every account action is refused", async () => {
    expect(await actions.renameAccountAction({}, form({ name: "X" }))).toMatchObject({ ok: false });
    expect(await actions.deleteAccountAction({}, form({ confirmEmail: "a@b.co", password: "x" }))).toMatchObject({ ok: false });
  });
});
