import "server-only";
import { type KeepRecordingsPref, readKeepRecordings, readSpeechPrefs, type SpeechPrefs } from "@/lib/speech/preferences";
import { AppError } from "@/lib/errors";
import { normalizeEmail, type Role } from "@/lib/domain";
import { getDb } from "../client";
import { isUniqueViolation } from "../errors";

export type PublicUser = { id: string; name: string; email: string; role: Role; createdAt: Date };

const publicFields = { id: true, name: true, email: true, role: true, createdAt: true } as const;

export async function createUser(input: { name: string; email: string; passwordHash: string; role: Role }): Promise<PublicUser> {
  const db = await getDb();
  try {
    return await db.user.create({
      data: { name: input.name.trim(), email: normalizeEmail(input.email), passwordHash: input.passwordHash, role: input.role },
      select: publicFields,
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) {
      throw new AppError("conflict:user", "An account with this email already exists. Log in instead, or use another email.");
    }
    throw error;
  }
}

/** Includes the password hash: only for the credentials check. */
export async function findUserForLogin(email: string) {
  const db = await getDb();
  // A deleted account keeps its row (anonymised) but is never signed in to again.
  return db.user.findFirst({ where: { email: normalizeEmail(email), deletedAt: null }, select: { ...publicFields, passwordHash: true, sessionVersion: true } });
}

export async function findUserById(id: string): Promise<PublicUser | null> {
  const db = await getDb();
  return db.user.findUnique({ where: { id }, select: publicFields });
}

/** The user behind a session cookie, with the session version the cookie must match; a deleted account is gone. */
export async function findSessionUser(id: string): Promise<(PublicUser & { sessionVersion: number }) | null> {
  const db = await getDb();
  return db.user.findFirst({ where: { id, deletedAt: null }, select: { ...publicFields, sessionVersion: true } });
}

/** Ends every session of the account (cookies carry the version they were issued at). */
export async function bumpSessionVersion(id: string): Promise<void> {
  const db = await getDb();
  await db.user.updateMany({ where: { id }, data: { sessionVersion: { increment: 1 } } });
}

export async function countUsers(): Promise<number> {
  const db = await getDb();
  return db.user.count();
}

/** The student's stored speech settings, as the column holds them (read by the readers below). */
async function storedSpeechPrefs(userId: string): Promise<unknown> {
  const db = await getDb();
  return (await db.user.findUnique({ where: { id: userId }, select: { speechPrefs: true } }))?.speechPrefs;
}

/** Both speech settings in one read: the interview room needs the two. */
export async function speechSettingsOf(userId: string): Promise<{ prefs: SpeechPrefs; keepRecordings: boolean }> {
  const stored = await storedSpeechPrefs(userId);
  return { prefs: readSpeechPrefs(stored), keepRecordings: readKeepRecordings(stored) };
}

/** How this student's interview room reads questions aloud (the defaults when never set). */
export async function speechPrefsOf(userId: string): Promise<SpeechPrefs> {
  return readSpeechPrefs(await storedSpeechPrefs(userId));
}

/** Whether this student keeps their spoken answers' recordings (off when never set). */
export async function keepRecordingsOf(userId: string): Promise<boolean> {
  return readKeepRecordings(await storedSpeechPrefs(userId));
}

/** Saves the read-aloud settings or the keep-recordings choice, leaving the other's keys alone. */
export const saveSpeechPrefs = (userId: string, prefs: SpeechPrefs) => mergeSpeechPrefs(userId, prefs);
export const saveKeepRecordings = (userId: string, pref: KeepRecordingsPref) => mergeSpeechPrefs(userId, pref);

/**
 * Writes only the given keys of User.speechPrefs, in one statement: the read-aloud settings and
 * keepRecordings are saved by different controls, and neither save may drop the other's keys
 * (nor lose to it when both land at once). A stored value that is not an object starts over.
 */
async function mergeSpeechPrefs(userId: string, keys: SpeechPrefs | KeepRecordingsPref): Promise<void> {
  const db = await getDb();
  await db.$executeRaw`
    UPDATE "User" SET "speechPrefs" = (CASE WHEN jsonb_typeof("speechPrefs") = 'object' THEN "speechPrefs" ELSE '{}'::jsonb END) || ${JSON.stringify(keys)}::jsonb,
      "updatedAt" = now()
    WHERE id = ${userId}`;
}
