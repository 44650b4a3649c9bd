import "server-only";
// Spoken answers' recordings, kept only for a student who opted in (User.speechPrefs.keepRecordings)
// and only for the student: every read and delete takes the student's id and matches the session's
// owner, so an instructor or another student finds nothing (404). The audio is encrypted at rest,
// bound to its session and turn. Nothing is left behind: a turn answered by typing loses its
// recording, and so does every unanswered turn when its interview ends.
import { randomUUID } from "node:crypto";
import { canEncrypt, decryptBytes, encryptBytes } from "@/lib/crypto/data-encryption";
import { AppError } from "@/lib/errors";
import { speechMessages } from "@/lib/speech/limits";
import { spokenIn } from "@/lib/speech/spoken";
import { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";
import { keepRecordingsOf } from "./users";

const binding = (sessionId: string, turnIndex: number) => `session:${sessionId}:turn:${turnIndex}:audio`;

export type KeepOutcome = { kept: boolean; keptNote?: string };

/**
 * After a transcription: keeps the recording for the turn when the student opted in, replacing an
 * earlier take of the same turn. Never throws — keeping is a courtesy, the transcript is the answer.
 * Stored only while the turn still waits for its answer in the student's open interview, checked in
 * the same statement with the rows share-locked: an answer's claim or an end request (both lock the
 * session row) either waits for this and then cleans up after it, or goes first and this stores nothing.
 */
export async function keepRecording(studentId: string, r: { sessionId: string; turnIndex: number; mimeType: string; bytes: Uint8Array }): Promise<KeepOutcome> {
  try {
    if (!(await keepRecordingsOf(studentId))) return { kept: false };
    if (!canEncrypt()) return { kept: false, keptNote: speechMessages.recording.noKey };
    const audio = encryptBytes(r.bytes, binding(r.sessionId, r.turnIndex));
    const db = await getDb();
    const stored = await db.$executeRaw`
      INSERT INTO "AnswerRecording" (id, "sessionId", "turnIndex", "mimeType", audio, "sizeBytes")
      SELECT ${randomUUID()}, s.id, t.index, ${r.mimeType}, ${audio}, ${r.bytes.byteLength}
      FROM "InterviewSession" s JOIN "Turn" t ON t."sessionId" = s.id AND t.index = ${r.turnIndex}
      WHERE s.id = ${r.sessionId} AND s."studentId" = ${studentId} AND s.status = 'IN_PROGRESS' AND s."endRequestedAt" IS NULL AND t."answerText" IS NULL
      FOR SHARE OF s, t
      ON CONFLICT ("sessionId", "turnIndex") DO UPDATE SET "mimeType" = EXCLUDED."mimeType", audio = EXCLUDED.audio, "sizeBytes" = EXCLUDED."sizeBytes", "createdAt" = now()`;
    return stored === 1 ? { kept: true } : { kept: false, keptNote: speechMessages.recording.notStored };
  } catch (error) {
    console.error(`[recordings] keeping the recording of turn ${r.turnIndex} failed`, error);
    return { kept: false, keptNote: speechMessages.recording.notStored };
  }
}

/** The student's kept recording of a turn, decrypted; null when there is none or it is not theirs. */
export async function recordingOf(studentId: string, sessionId: string, turnIndex: number): Promise<{ mimeType: string; bytes: Buffer } | null> {
  const db = await getDb();
  const row = await db.answerRecording.findFirst({ where: { sessionId, turnIndex, session: { studentId } }, select: { mimeType: true, audio: true } });
  if (!row) return null;
  if (!canEncrypt()) throw new AppError("unavailable:speech", speechMessages.recording.cannotPlay);
  return { mimeType: row.mimeType, bytes: decryptBytes(row.audio, binding(sessionId, turnIndex)) };
}

/** Deletes the student's kept recording of a turn; false when there was none (or it is not theirs). */
export async function deleteRecording(studentId: string, sessionId: string, turnIndex: number): Promise<boolean> {
  const db = await getDb();
  const { count } = await db.answerRecording.deleteMany({ where: { sessionId, turnIndex, session: { studentId } } });
  return count > 0;
}

/** Deletes all the student's kept recordings of an interview: how many, or null when the interview is not theirs. */
export async function deleteSessionRecordings(studentId: string, sessionId: string): Promise<number | null> {
  const db = await getDb();
  const owned = await db.interviewSession.findFirst({ where: { id: sessionId, studentId }, select: { id: true } });
  if (!owned) return null;
  const { count } = await db.answerRecording.deleteMany({ where: { sessionId } });
  return count;
}

/**
 * Interviews that ended (one, or all of a student's — a removal from a class closes several at once):
 * recordings of turns left without an answer belong to nothing, so they go. Open interviews are untouched.
 */
export async function dropUnansweredRecordings(scope: { sessionId: string } | { studentId: string }): Promise<void> {
  const db = await getDb();
  const which = "sessionId" in scope ? Prisma.sql`s.id = ${scope.sessionId}` : Prisma.sql`s."studentId" = ${scope.studentId}`;
  await db.$executeRaw`
    DELETE FROM "AnswerRecording" r USING "InterviewSession" s
    WHERE r."sessionId" = s.id AND ${which} AND s.status <> 'IN_PROGRESS'
      AND NOT EXISTS (SELECT 1 FROM "Turn" t WHERE t."sessionId" = r."sessionId" AND t.index = r."turnIndex" AND t."answerText" IS NOT NULL)`;
}

/**
 * What the report shows of spoken answers: the turns answered by voice (the answer records it:
 * answerExtra.spoken), and — for the student who took it only — the turns whose recording is kept.
 * The caller has already checked that `viewerId` may read the interview.
 */
export async function spokenAnswersOf(sessionId: string, viewerId: string): Promise<{ spoken: number[]; kept: number[] }> {
  const db = await getDb();
  const [turns, kept] = await Promise.all([
    db.turn.findMany({ where: { sessionId, answerText: { not: null } }, select: { index: true, answerExtra: true }, orderBy: { index: "asc" } }),
    db.answerRecording.findMany({ where: { sessionId, session: { studentId: viewerId } }, select: { turnIndex: true }, orderBy: { turnIndex: "asc" } }),
  ]);
  const spoken = turns.filter((t) => spokenIn(t.answerExtra) !== null).map((t) => t.index);
  return { spoken, kept: kept.map((k) => k.turnIndex) };
}
