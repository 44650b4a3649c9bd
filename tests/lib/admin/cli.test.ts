// `npm run admin`, run for real: a child process on a throwaway embedded database, as an
// administrator would at the server. Exit codes 0 (done), 1 (refused or failed), 2 (wrong usage).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { openDatabase, type OpenDb } from "@/lib/db/open";
import { hashResetToken } from "@/lib/db/queries/password-resets";

const dir = mkdtempSync(path.join(tmpdir(), "admin-cli-"));
const APP = "https://practice.example.test";

function admin(...args: string[]) {
  // tsx's own binary, not npx: npx costs a second per call resolving it again.
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/admin.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `pglite:${dir}`, APP_URL: APP, SMTP_URL: "", NODE_ENV: "test" },
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function open(): Promise<OpenDb> {
  return openDatabase({ kind: "pglite", dataDir: dir });
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run admin", () => {
  it("creates instructors, prints reset links, promotes and demotes, audited as the CLI; clear refusals and exit codes", async () => {
    expect(admin("help")).toMatchObject({ code: 0, out: expect.stringContaining("Usage: npm run admin -- <command>") });
    expect(admin("frobnicate")).toMatchObject({ code: 2, err: expect.stringContaining("Unknown command: frobnicate") });
    expect(admin("create-instructor", "--email", "boss@example.com")).toMatchObject({ code: 2, err: expect.stringContaining("Missing --name.") });
    expect(admin("create-instructor", "--email", "boss@example.com", "--name", "Boss", "--password", "short")).toMatchObject({
      code: 2,
      err: expect.stringContaining("Use at least 8 characters."),
    });

    const created = admin("create-instructor", "--email", "Boss@Example.com", "--name", "Bea Boss");
    expect(created.code).toBe(0);
    expect(created.out).toContain("Created instructor Bea Boss <boss@example.com>.");
    const password = /Password: (\S+)/.exec(created.out)![1]!;
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(admin("create-instructor", "--email", "boss@example.com", "--name", "Again")).toMatchObject({
      code: 1,
      err: expect.stringContaining("An account already uses boss@example.com."),
    });

    const reset = admin("reset-password", "--email", "boss@example.com");
    expect(reset.code).toBe(0);
    const link = new RegExp(`${APP}/reset-password\\?token=([\\w-]+)`).exec(reset.out);
    expect(link).not.toBeNull();
    expect(admin("promote", "--email", "nobody@example.com")).toMatchObject({ code: 1, err: expect.stringContaining("No account uses nobody@example.com.") });
    expect(admin("promote", "--email", "boss@example.com")).toMatchObject({ code: 1, err: expect.stringContaining("already an instructor") });
    expect(admin("demote", "--email", "boss@example.com")).toMatchObject({ code: 0 });

    const db = await open();
    try {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "boss@example.com" } });
      expect(user.role).toBe("STUDENT");
      expect(await verifyPassword(password, user.passwordHash)).toBe(true);
      expect(await db.prisma.passwordReset.count({ where: { userId: user.id, tokenHash: hashResetToken(link![1]!) } })).toBe(1);
      const audit = await db.prisma.auditLog.findMany({ where: { targetId: user.id }, orderBy: { createdAt: "asc" } });
      expect(audit.map((a) => a.action)).toEqual(["account.create", "auth.password_reset.request", "account.role"]);
      for (const a of audit) expect(a).toMatchObject({ actorId: null, metadata: expect.objectContaining({ via: "cli" }) });
      // While another process has the embedded database open, the CLI says so instead of corrupting it.
      expect(admin("promote", "--email", "boss@example.com")).toMatchObject({ code: 1, err: expect.stringMatching(/in use by process \d+/) });
      // Give them a class to own (as an instructor again) for the demotion refusal.
      await db.prisma.user.update({ where: { id: user.id }, data: { role: "INSTRUCTOR" } });
      await db.prisma.batch.create({ data: { name: "Owned", instructorId: user.id, classCode: "ADMINTEST2" } });
    } finally {
      await db.close();
    }
    expect(admin("demote", "--email", "boss@example.com")).toMatchObject({ code: 1, err: expect.stringContaining("owns 1 class") });
    const set = admin("reset-password", "--email", "boss@example.com", "--password", "a chosen password");
    expect(set).toMatchObject({ code: 0, out: expect.stringContaining("signed out") });
  }, 240_000);
});
