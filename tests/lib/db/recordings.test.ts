// Kept recordings in the data layer (on PGlite, and on PostgreSQL when installed): the opt-in is
// saved beside the read-aloud settings without either save dropping the other's keys; a recording
// is stored only for a turn still waiting in the student's own open interview; reads and deletes
// match the owner; the report learns which answers were spoken and (the student only) which are kept.
import { speechMessages } from "@/lib/speech/limits";
import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { deleteRecording, deleteSessionRecordings, keepRecording, recordingOf, spokenAnswersOf } from "@/lib/db/queries/recordings";
import { keepRecordingsOf, saveKeepRecordings, saveSpeechPrefs, speechPrefsOf } from "@/lib/db/queries/users";
import { resetEnvCache } from "@/lib/env";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, startInterview, submitAnswer } from "@/lib/interview/service";
import { removeStudent } from "@/lib/db/queries/instructor";
import { addQuestions } from "@/lib/db/queries/topics";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

const savedKey = process.env.DATA_ENCRYPTION_KEY;
beforeAll(() => setEngineModel(null));
beforeEach(() => {
  process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  resetEnvCache();
});
afterEach(() => {
  if (savedKey === undefined) delete process.env.DATA_ENCRYPTION_KEY;
  else process.env.DATA_ENCRYPTION_KEY = savedKey;
  resetEnvCache();
});

async function interview() {
  const student = await makeUser("STUDENT");
  await saveKeepRecordings(student.id, { keepRecordings: true });
  const { view } = await startInterview(student, {
    source: "JOB_PRACTICE",
    setup: { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" },
  });
  return { student, sessionId: view.sessionId, turn: view.pending!.turn };
}

const audio = new Uint8Array(randomBytes(2048));
const take = (sessionId: string, turnIndex: number, bytes = audio) => ({ sessionId, turnIndex, mimeType: "audio/ogg", bytes });

describe("the keep-recordings preference", () => {
  it("is off by default and saved on its own; the read-aloud save keeps it, and it keeps the read-aloud settings", async () => {
    const student = await makeUser("STUDENT");
    expect(await keepRecordingsOf(student.id)).toBe(false);
    await saveKeepRecordings(student.id, { keepRecordings: true });
    expect(await keepRecordingsOf(student.id)).toBe(true);
    expect(await speechPrefsOf(student.id)).toEqual({ readAloud: false, rate: 1, voice: null }); // defaults: read-aloud never set

    await saveSpeechPrefs(student.id, { readAloud: true, rate: 1.5, voice: "Samantha" });
    expect(await keepRecordingsOf(student.id)).toBe(true);
    await saveKeepRecordings(student.id, { keepRecordings: false });
    expect(await speechPrefsOf(student.id)).toEqual({ readAloud: true, rate: 1.5, voice: "Samantha" });
    expect(await keepRecordingsOf(student.id)).toBe(false);

    // A stored value that is not an object (written by hand) starts over instead of breaking the save.
    const db = await getDb();
    await db.$executeRaw`UPDATE "User" SET "speechPrefs" = '"odd"'::jsonb WHERE id = ${student.id}`;
    await saveKeepRecordings(student.id, { keepRecordings: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).speechPrefs).toEqual({ keepRecordings: true });
  });
});

describe("kept recordings", () => {
  it("stores one per turn (a new take replaces it), only for the owner's turn that still waits for its answer", async () => {
    const { student, sessionId, turn } = await interview();
    const other = await makeUser("STUDENT");
    await saveKeepRecordings(other.id, { keepRecordings: true });
    expect(await keepRecording(other.id, take(sessionId, turn))).toEqual({ kept: false, keptNote: speechMessages.recording.notStored });
    expect(await keepRecording(student.id, take(sessionId, turn + 5))).toMatchObject({ kept: false }); // no such turn

    expect(await keepRecording(student.id, take(sessionId, turn))).toEqual({ kept: true });
    const second = new Uint8Array(randomBytes(100));
    expect(await keepRecording(student.id, take(sessionId, turn, second))).toEqual({ kept: true });
    expect(await recordingOf(student.id, sessionId, turn)).toEqual({ mimeType: "audio/ogg", bytes: Buffer.from(second) });
    expect(await recordingOf(other.id, sessionId, turn)).toBeNull();

    await submitAnswer(student, sessionId, turn, { text: "Indexes speed up reads.", spoken: { durationSeconds: 3, transcribedBy: "server" } });
    expect(await keepRecording(student.id, take(sessionId, turn))).toMatchObject({ kept: false }); // answered: too late
    await endInterview(student, sessionId);
    expect(await keepRecording(student.id, take(sessionId, turn + 1))).toMatchObject({ kept: false }); // ended
  });

  it("keeps nothing without the opt-in, and says why without a key", async () => {
    const { student, sessionId, turn } = await interview();
    await saveKeepRecordings(student.id, { keepRecordings: false });
    expect(await keepRecording(student.id, take(sessionId, turn))).toEqual({ kept: false });
    await saveKeepRecordings(student.id, { keepRecordings: true });
    delete process.env.DATA_ENCRYPTION_KEY;
    resetEnvCache();
    expect(await keepRecording(student.id, take(sessionId, turn))).toEqual({ kept: false, keptNote: speechMessages.recording.noKey });
  });

  it("deletes only the owner's, one or all; the report sees spoken answers, and kept ones for the student alone", async () => {
    const { student, sessionId, turn } = await interview();
    const instructor = await makeUser("INSTRUCTOR");
    await keepRecording(student.id, take(sessionId, turn));
    const view = await submitAnswer(student, sessionId, turn, { text: "Indexes speed up reads.", spoken: { durationSeconds: 3, transcribedBy: "browser" } });
    const next = view.pending!.turn;
    await keepRecording(student.id, take(sessionId, next));
    await submitAnswer(student, sessionId, next, { text: "A typed answer about indexes." });

    expect(await spokenAnswersOf(sessionId, student.id)).toEqual({ spoken: [turn], kept: [turn] });
    expect(await spokenAnswersOf(sessionId, instructor.id)).toEqual({ spoken: [turn], kept: [] });

    expect(await deleteRecording(instructor.id, sessionId, turn)).toBe(false);
    expect(await deleteSessionRecordings(instructor.id, sessionId)).toBeNull();
    expect(await deleteRecording(student.id, sessionId, turn)).toBe(true);
    expect(await deleteRecording(student.id, sessionId, turn)).toBe(false);
    expect(await deleteSessionRecordings(student.id, sessionId)).toBe(0);
  });

  it("leaves nothing on unanswered turns when a removal from the class closes the interview", async () => {
    const { instructor, batch, topic, student } = await makeBatchWithTopic();
    await addQuestions(topic.id, DEMO_TOPICS[0]!.questions.slice(0, 2));
    await saveKeepRecordings(student.id, { keepRecordings: true });
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    expect(await keepRecording(student.id, take(view.sessionId, view.pending!.turn))).toEqual({ kept: true });
    await removeStudent(batch.id, instructor.id, student.id);
    expect(await recordingOf(student.id, view.sessionId, view.pending!.turn)).toBeNull();
  });

  it("goes with its interview", async () => {
    const { student, sessionId, turn } = await interview();
    await keepRecording(student.id, take(sessionId, turn));
    const db = await getDb();
    // Turns restrict deleting a session; a recording never does (it cascades).
    await db.$executeRaw`DELETE FROM "Turn" WHERE "sessionId" = ${sessionId}`;
    await db.$executeRaw`DELETE FROM "InterviewSession" WHERE id = ${sessionId}`;
    expect(await db.answerRecording.count({ where: { sessionId } })).toBe(0);
  });
});
