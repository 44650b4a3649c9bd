// Forgot password → e-mail with a link → new password, through the actions and a real SMTP sink.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { findSessionUser, findUserForLogin } from "@/lib/db/queries/users";
import { verifyPassword } from "@/lib/auth/password";
import { resetEnvCache } from "@/lib/env";
import { PEER_HEADER } from "@/lib/net/peer-header";
import { RESET_REQUEST_PER_EMAIL, RESET_REQUEST_PER_IP } from "@/lib/rate-limits";
import { TEST_APP_URL, smtpSinkForFile } from "../../support/email-env";
import { makeUser } from "../../support/factories";
import { linkIn } from "../../support/smtp-sink";

const net = vi.hoisted(() => ({ peer: "10.30.0.1" }));
vi.mock("@/lib/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ [PEER_HEADER]: net.peer }), cookies: async () => ({ get: () => undefined }) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { requestPasswordResetAction, resetPasswordAction } = await import("@/app/(auth)/password-actions");
const sink = smtpSinkForFile();

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const ask = (email: string) => requestPasswordResetAction({}, form({ email }));
async function reset(fields: Record<string, string>) {
  try {
    return await resetPasswordAction({}, form(fields));
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
}

beforeEach(() => {
  sink.clear();
  net.peer = `10.30.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
});

describe("asking for a reset link", () => {
  it("answers the same whether or not the address has an account, and mails a working link only to a real one", async () => {
    const user = await makeUser("STUDENT", { name: "Rae Reset" });
    const known = await ask(user.email.toUpperCase());
    const unknown = await ask("nobody-here@example.com");
    expect(known).toEqual(unknown);
    expect(known).toMatchObject({ ok: true, message: expect.stringContaining("If an account uses that address") });
    const mail = await sink.waitFor((m) => m.to.includes(user.email));
    expect(mail.subject).toBe("Reset your Interview practice password");
    expect(mail.text).toContain("Hi Rae Reset,");
    const link = linkIn(mail.text, `${TEST_APP_URL}/reset-password?token=`)!;
    expect(link).toMatch(/token=[\w-]{40,}$/);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.messages.filter((m) => m.to.includes("nobody-here@example.com"))).toHaveLength(0);
    const db = await getDb();
    expect(await db.auditLog.count({ where: { action: "auth.password_reset.request", targetId: user.id } })).toBe(1);

    // Using the link: the new password works, the old sessions end, the link is spent.
    const token = new URL(link).searchParams.get("token")!;
    const version = (await findSessionUser(user.id))!.sessionVersion;
    expect(await reset({ token, password: "short", confirm: "short" })).toMatchObject({ ok: false, fieldErrors: { password: ["Use at least 8 characters."] } });
    expect(await reset({ token, password: "a brand new password", confirm: "a different one" })).toMatchObject({ ok: false, field: "confirm" });
    expect(await reset({ token, password: "a brand new password", confirm: "a brand new password" })).toEqual({ redirect: "/login?reset=done" });
    expect(await verifyPassword("a brand new password", (await findUserForLogin(user.email))!.passwordHash)).toBe(true);
    expect((await findSessionUser(user.id))!.sessionVersion).toBeGreaterThan(version);
    expect(await db.auditLog.count({ where: { action: "auth.password_reset.complete", actorId: user.id } })).toBe(1);
    expect(await reset({ token, password: "yet another password", confirm: "yet another password" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("expired or was already used"),
    });
  });

  it(`is limited to ${RESET_REQUEST_PER_EMAIL.max} an hour per address, counted whether or not it has an account`, async () => {
    const user = await makeUser("STUDENT");
    for (let i = 0; i < RESET_REQUEST_PER_EMAIL.max; i++) {
      net.peer = `10.31.0.${i}`;
      expect(await ask(user.email)).toMatchObject({ ok: true });
    }
    net.peer = "10.31.1.1";
    expect(await ask(user.email)).toMatchObject({ ok: false, message: RESET_REQUEST_PER_EMAIL.message });
    for (let i = 0; i < RESET_REQUEST_PER_EMAIL.max; i++) await ask("ghost@example.com");
    expect(await ask("ghost@example.com")).toMatchObject({ ok: false, message: RESET_REQUEST_PER_EMAIL.message });
  });

  it(`is limited to ${RESET_REQUEST_PER_IP.max} an hour per network address`, async () => {
    net.peer = "10.32.0.1";
    for (let i = 0; i < RESET_REQUEST_PER_IP.max; i++) expect(await ask(`sweep${i}@example.com`)).toMatchObject({ ok: true });
    expect(await ask("sweep-last@example.com")).toMatchObject({ ok: false, message: RESET_REQUEST_PER_IP.message });
  });

  it("without SMTP, says e-mail is not set up and sends nothing", async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    resetEnvCache();
    try {
      const user = await makeUser("STUDENT");
      expect(await ask(user.email)).toMatchObject({ ok: false, message: expect.stringContaining("E-mail is not set up") });
      const db = await getDb();
      expect(await db.passwordReset.count({ where: { userId: user.id } })).toBe(0);
    } finally {
      process.env.SMTP_URL = url;
      resetEnvCache();
    }
  });
});
