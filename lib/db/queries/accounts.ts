import "server-only";
// A person's own account: name, password, e-mail choices, deletion; and what the admin CLI
// changes (role). Deleting keeps the User row, anonymised, because a student's class answers
// stay in their class's analytics (no longer tied to a name); everything personal goes.
import { type EmailPrefs, readEmailPrefs } from "@/lib/email-preferences";
import { normalizeEmail, type Role } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";

export const DELETED_NAMES: Record<Role, string> = { STUDENT: "Deleted student", INSTRUCTOR: "Deleted instructor" };
/** A unique address that can never receive mail (.invalid is reserved for that) nor be signed up with. */
export const deletedEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;
/** Not a bcrypt hash: no password ever matches it. */
const UNUSABLE_HASH = "!deleted";

export const accountMessages = {
  ownsLiveClass: (names: string[]) =>
    `You own ${names.length === 1 ? `the class "${names[0]}"` : `${names.length} classes (${names.join(", ")})`} that ${names.length === 1 ? "is" : "are"} not archived. Archive ${names.length === 1 ? "it" : "them"} first (class page → Archive), then delete your account.`,
} as const;

/** The password hash of a live account (for "type your current password"). */
export async function passwordHashOf(userId: string): Promise<string | null> {
  const db = await getDb();
  return (await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { passwordHash: true } }))?.passwordHash ?? null;
}

export async function renameAccount(userId: string, name: string): Promise<{ previous: string }> {
  const db = await getDb();
  const before = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { name: true } });
  if (!before) throw new AppError("not_found:account", "We could not find your account.");
  await db.user.update({ where: { id: userId }, data: { name: name.trim() } });
  return { previous: before.name };
}

/** Sets a new password hash: every session of the account ends (trigger) and its reset links die. */
export async function setPasswordHash(userId: string, passwordHash: string): Promise<void> {
  const db = await getDb();
  await db.$transaction([db.user.update({ where: { id: userId }, data: { passwordHash } }), db.passwordReset.deleteMany({ where: { userId } })]);
}

export async function emailPrefsOf(userId: string): Promise<EmailPrefs> {
  const db = await getDb();
  return readEmailPrefs((await db.user.findUnique({ where: { id: userId }, select: { emailPrefs: true } }))?.emailPrefs);
}

export async function saveEmailPrefs(userId: string, prefs: EmailPrefs): Promise<void> {
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data: { emailPrefs: prefs as unknown as Prisma.InputJsonValue } });
}

/** Names of the classes this instructor owns that are not archived (they block deletion and demotion). */
export async function liveOwnedClasses(userId: string): Promise<string[]> {
  const db = await getDb();
  return (await db.batch.findMany({ where: { instructorId: userId, archivedAt: null }, select: { name: true }, orderBy: { createdAt: "asc" } })).map((b) => b.name);
}

/**
 * Deletes the account: refused while the person owns a class that is not archived. Their
 * documents, job-practice interviews and loops, kept recordings, reset links, preferences and
 * assistant roles are deleted; class interviews (answers and scores) stay, tied to the
 * anonymised row; an open class interview is closed. The name, e-mail and password are replaced,
 * which ends every session (the trigger on passwordHash) and every way back in.
 */
export async function deleteAccount(userId: string): Promise<{ role: Role; deletedSessions: number }> {
  const db = await getDb();
  const user = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true, role: true } });
  if (!user) throw new AppError("not_found:account", "We could not find your account.");
  const owned = await liveOwnedClasses(userId);
  if (owned.length > 0) throw new AppError("conflict:account", accountMessages.ownsLiveClass(owned));
  const deleted = await db.$transaction(async (tx) => {
    // Personal practice: loop rounds and job practice of their own. A job-practice interview done
    // for a class assignment is class work (it counts in the assignment's completion): it stays.
    const personal = await tx.interviewSession.findMany({
      where: { studentId: userId, OR: [{ loopId: { not: null } }, { source: { not: "CLASS_TOPIC" }, assignmentId: null, batchId: null }] },
      select: { id: true },
    });
    const personalIds = personal.map((s) => s.id);
    await tx.answerRecording.deleteMany({ where: { session: { studentId: userId } } });
    await tx.turn.deleteMany({ where: { sessionId: { in: personalIds } } });
    await tx.interviewSession.deleteMany({ where: { id: { in: personalIds } } });
    // The interviewer's saved state of those interviews holds their answers too.
    await tx.graphWrite.deleteMany({ where: { threadId: { in: personalIds } } });
    await tx.graphCheckpoint.deleteMany({ where: { threadId: { in: personalIds } } });
    await tx.interviewLoop.deleteMany({ where: { studentId: userId } });
    await tx.studentDocument.deleteMany({ where: { userId } });
    await tx.passwordReset.deleteMany({ where: { userId } });
    await tx.batchStaff.deleteMany({ where: { userId } });
    await tx.interviewSession.updateMany({ where: { studentId: userId, status: "IN_PROGRESS" }, data: { status: "ABANDONED", openKey: null, completedAt: new Date() } });
    await tx.user.update({
      where: { id: userId },
      data: {
        name: DELETED_NAMES[user.role],
        email: deletedEmail(userId),
        passwordHash: UNUSABLE_HASH,
        speechPrefs: Prisma.DbNull,
        emailPrefs: Prisma.DbNull,
        deletedAt: new Date(),
        lastDigestAt: null,
      },
    });
    return { role: user.role, personalIds };
  });
  return { role: deleted.role, deletedSessions: deleted.personalIds.length };
}

// ── The admin CLI ──────────────────────────────────────────────────────────

export type AdminAccount = { id: string; name: string; email: string; role: Role };

export async function liveAccountByEmail(email: string): Promise<AdminAccount | null> {
  const db = await getDb();
  return db.user.findFirst({ where: { email: normalizeEmail(email), deletedAt: null }, select: { id: true, name: true, email: true, role: true } });
}

/** How many classes the instructor assists (BatchStaff rows). */
export async function assistedClassCount(userId: string): Promise<number> {
  const db = await getDb();
  return db.batchStaff.count({ where: { userId } });
}

/** Any owned class, archived or not: a student cannot own one. */
export async function ownedClassCount(userId: string): Promise<number> {
  const db = await getDb();
  return db.batch.count({ where: { instructorId: userId } });
}

/** Changes the role (the trigger ends every session of the account). */
export async function setRole(userId: string, role: Role): Promise<void> {
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data: { role } });
}
