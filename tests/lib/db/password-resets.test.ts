// Reset links: only a hash is stored; a link expires, works once, dies when a newer one is made
// or the password changes another way, and using it ends every session of the account.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { deleteAccount, setPasswordHash } from "@/lib/db/queries/accounts";
import { consumePasswordReset, hashResetToken, issuePasswordReset, RESET_TTL_MS, resetTokenIsLive } from "@/lib/db/queries/password-resets";
import { findSessionUser, findUserForLogin } from "@/lib/db/queries/users";
import { makeUser } from "../../support/factories";

const versionOf = async (id: string) => (await findSessionUser(id))?.sessionVersion;

describe("password resets", () => {
  it("stores only the token's SHA-256, and a used link sets the password once and ends every session", async () => {
    const user = await makeUser("STUDENT");
    const { token, expiresAt } = await issuePasswordReset(user.id);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(RESET_TTL_MS - 5_000);
    const db = await getDb();
    const rows = await db.passwordReset.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    const before = await versionOf(user.id);
    expect(await resetTokenIsLive(token)).toBe(true);
    expect(await consumePasswordReset(token, "new-hash")).toEqual({ userId: user.id });
    expect((await findUserForLogin(user.email))?.passwordHash).toBe("new-hash");
    expect(await versionOf(user.id)).toBe(before! + 1);
    // Single use.
    expect(await resetTokenIsLive(token)).toBe(false);
    expect(await consumePasswordReset(token, "another-hash")).toBeNull();
    expect((await findUserForLogin(user.email))?.passwordHash).toBe("new-hash");
  });

  it("refuses a wrong token and an expired one", async () => {
    const user = await makeUser("STUDENT");
    const { token } = await issuePasswordReset(user.id, 60_000);
    expect(await consumePasswordReset(`${token}x`, "h")).toBeNull();
    expect(await consumePasswordReset("not-a-token-at-all-but-long-enough", "h")).toBeNull();
    const db = await getDb();
    await db.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetTokenIsLive(token)).toBe(false);
    expect(await consumePasswordReset(token, "h")).toBeNull();
    expect((await findUserForLogin(user.email))?.passwordHash).not.toBe("h");
  });

  it("a new link revokes the older one; a password change revokes every link", async () => {
    const user = await makeUser("STUDENT");
    const first = await issuePasswordReset(user.id);
    const second = await issuePasswordReset(user.id);
    expect(await consumePasswordReset(first.token, "h1")).toBeNull();
    expect(await resetTokenIsLive(second.token)).toBe(true);
    await setPasswordHash(user.id, "changed-on-the-account-page");
    expect(await consumePasswordReset(second.token, "h2")).toBeNull();
    expect((await findUserForLogin(user.email))?.passwordHash).toBe("changed-on-the-account-page");
  });

  it("two uses of the same link at once: exactly one succeeds", async () => {
    const user = await makeUser("STUDENT");
    const { token } = await issuePasswordReset(user.id);
    const results = await Promise.all([consumePasswordReset(token, "a"), consumePasswordReset(token, "b")]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("a deleted account's links are gone and cannot be used", async () => {
    const user = await makeUser("STUDENT");
    const { token } = await issuePasswordReset(user.id);
    await deleteAccount(user.id);
    expect(await consumePasswordReset(token, "h")).toBeNull();
  });
});
