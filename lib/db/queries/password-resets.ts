import "server-only";
// Password-reset links. The token is random and shown once (in the e-mail, or to the instructor
// or administrator who made it); only its SHA-256 is stored, so a copy of the database opens
// no account. A link works once and expires; a newer link, or any password change, makes the
// older ones unusable (they are deleted).
import { createHash, randomBytes } from "node:crypto";
import { normalizeEmail, type Role } from "@/lib/domain";
import { getDb } from "../client";

/** A link someone asked for by e-mail. */
export const RESET_TTL_MS = 60 * 60 * 1000;
/** A link an instructor or administrator made and hands over in person: it may wait a day. */
export const HANDED_RESET_TTL_MS = 24 * 60 * 60 * 1000;

export const hashResetToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

export type ResetAccount = { id: string; name: string; email: string; role: Role };

/** The live (not deleted) account with this e-mail, for a reset request. */
export async function accountForReset(email: string): Promise<ResetAccount | null> {
  const db = await getDb();
  return db.user.findFirst({ where: { email: normalizeEmail(email), deletedAt: null }, select: { id: true, name: true, email: true, role: true } });
}

/** Issues a new link for the account (its older ones stop working) and returns the token. */
export async function issuePasswordReset(userId: string, ttlMs = RESET_TTL_MS): Promise<{ token: string; expiresAt: Date }> {
  const db = await getDb();
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + ttlMs);
  await db.$transaction([db.passwordReset.deleteMany({ where: { userId } }), db.passwordReset.create({ data: { userId, tokenHash: hashResetToken(token), expiresAt } })]);
  return { token, expiresAt };
}

/** Whether the token opens a reset now (for the page, before the new password is typed). */
export async function resetTokenIsLive(token: string): Promise<boolean> {
  const db = await getDb();
  const found = await db.passwordReset.findFirst({
    where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: new Date() }, user: { deletedAt: null } },
    select: { id: true },
  });
  return found !== null;
}

/**
 * Uses the token to set the new password hash, once: the claim (usedAt) is conditional, so two
 * requests with the same link cannot both succeed. The password change ends every session (a
 * trigger bumps sessionVersion) and deletes the account's other links. Null: no such live token.
 */
export async function consumePasswordReset(token: string, passwordHash: string): Promise<{ userId: string } | null> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const now = new Date();
    const reset = await tx.passwordReset.findFirst({
      where: { tokenHash: hashResetToken(token), usedAt: null, expiresAt: { gt: now }, user: { deletedAt: null } },
      select: { id: true, userId: true },
    });
    if (!reset) return null;
    const claimed = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count === 0) return null;
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await tx.passwordReset.deleteMany({ where: { userId: reset.userId, id: { not: reset.id } } });
    return { userId: reset.userId };
  });
}
