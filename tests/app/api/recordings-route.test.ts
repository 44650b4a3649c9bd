// Kept recordings of spoken answers, end to end through the route handlers as Next calls them
// (a local speech endpoint over real HTTP): the transcribe route keeps the audio only for a student
// who opted in, replacing an earlier take; a typed answer or the interview's end leaves nothing
// behind; only the student can play or delete it (everyone else: 404), and deleting is audited.
import { speechMessages } from "@/lib/speech/limits";
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveKeepRecordings } from "@/lib/db/queries/users";
import { resetEnvCache } from "@/lib/env";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, startInterview, submitAnswer } from "@/lib/interview/service";
import { toneWav } from "../../support/audio-fixtures";
import { makeUser, sessionFor } from "../../support/factories";
import { FakeSpeech } from "../../support/fake-speech";

const session = vi.hoisted(() => ({ current: null as null | ReturnType<typeof sessionFor> }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const { POST } = await import("@/app/api/interviews/[sessionId]/transcribe/route");
const one = await import("@/app/api/interviews/[sessionId]/recordings/[turn]/route");
const all = await import("@/app/api/interviews/[sessionId]/recordings/route");

const ok = () => ({ json: { text: "Indexes speed up reads.", duration: 2.1 } });
const fake = new FakeSpeech(ok);
const saved = { base: process.env.STT_BASE_URL, model: process.env.STT_MODEL, key: process.env.DATA_ENCRYPTION_KEY };
beforeAll(async () => {
  setEngineModel(null);
  await fake.start();
});
afterAll(() => fake.stop());
beforeEach(() => {
  process.env.STT_BASE_URL = fake.baseURL;
  process.env.STT_MODEL = "whisper-test";
  process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  resetEnvCache();
  fake.transcribe = ok;
  session.current = null;
});
afterEach(() => {
  for (const [key, value] of [
    ["STT_BASE_URL", saved.base],
    ["STT_MODEL", saved.model],
    ["DATA_ENCRYPTION_KEY", saved.key],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
});

const BASE = "http://localhost:3000/api/interviews";
const headers = (extra: Record<string, string> = {}) => new Headers({ host: "localhost:3000", ...extra });

async function record(sessionId: string, audio: Uint8Array) {
  const request = new Request(`${BASE}/${sessionId}/transcribe`, {
    method: "POST",
    headers: headers({ "content-type": "audio/webm" }),
    body: new Blob([audio as Uint8Array<ArrayBuffer>]),
  });
  const response = await POST(request, { params: Promise.resolve({ sessionId }) });
  return { status: response.status, body: (await response.json()) as { text?: string; kept?: boolean; keptNote?: string } };
}

const play = (sessionId: string, turn: number | string) =>
  one.GET(new Request(`${BASE}/${sessionId}/recordings/${turn}`, { headers: headers() }), { params: Promise.resolve({ sessionId, turn: String(turn) }) });
const remove = (sessionId: string, turn: number, origin = "http://localhost:3000") =>
  one.DELETE(new Request(`${BASE}/${sessionId}/recordings/${turn}`, { method: "DELETE", headers: headers({ origin }) }), {
    params: Promise.resolve({ sessionId, turn: String(turn) }),
  });
const removeAll = (sessionId: string) =>
  all.DELETE(new Request(`${BASE}/${sessionId}/recordings`, { method: "DELETE", headers: headers({ origin: "http://localhost:3000" }) }), {
    params: Promise.resolve({ sessionId }),
  });

async function interviewOf(keep: boolean) {
  const student = await makeUser("STUDENT");
  if (keep) await saveKeepRecordings(student.id, { keepRecordings: true });
  const { view } = await startInterview(student, {
    source: "JOB_PRACTICE",
    setup: { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" },
  });
  session.current = sessionFor(student);
  return { student, sessionId: view.sessionId, turn: view.pending!.turn };
}

async function storedTurns(sessionId: string) {
  const db = await getDb();
  const rows = await db.answerRecording.findMany({ where: { sessionId }, select: { turnIndex: true }, orderBy: { turnIndex: "asc" } });
  return rows.map((r) => r.turnIndex);
}

const spoken = { durationSeconds: 2.1, transcribedBy: "server" as const };
const first = toneWav([{ hz: 440, seconds: 0.3 }]);
const second = toneWav([{ hz: 660, seconds: 0.5 }]);

describe("keeping a spoken answer's recording", () => {
  it("keeps nothing when the student has not opted in", async () => {
    const { sessionId, turn } = await interviewOf(false);
    expect((await record(sessionId, first)).body).toMatchObject({ text: "Indexes speed up reads.", kept: false });
    expect(await storedTurns(sessionId)).toEqual([]);
    expect((await play(sessionId, turn)).status).toBe(404);
  });

  it("keeps it, encrypted, for a student who opted in; a re-recording replaces it; the student plays it back", async () => {
    const { sessionId, turn } = await interviewOf(true);
    expect((await record(sessionId, first)).body).toMatchObject({ kept: true });
    const db = await getDb();
    const row = await db.answerRecording.findFirstOrThrow({ where: { sessionId } });
    expect(row).toMatchObject({ turnIndex: turn, mimeType: "audio/webm", sizeBytes: first.byteLength });
    expect(Buffer.from(row.audio).includes(Buffer.from(first.subarray(44, 108)))).toBe(false); // not the audio as sent

    expect((await record(sessionId, second)).body).toMatchObject({ kept: true });
    expect(await storedTurns(sessionId)).toEqual([turn]);
    const response = await play(sessionId, turn);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/webm");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(second);
  });

  it("keeps nothing when the transcription fails, and says so (never an error) when the server has no key", async () => {
    const { sessionId } = await interviewOf(true);
    fake.transcribe = () => ({ status: 500 });
    expect((await record(sessionId, first)).status).toBeGreaterThanOrEqual(500);
    expect(await storedTurns(sessionId)).toEqual([]);

    fake.transcribe = ok;
    delete process.env.DATA_ENCRYPTION_KEY;
    resetEnvCache();
    const reply = await record(sessionId, first);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ text: "Indexes speed up reads.", kept: false, keptNote: speechMessages.recording.noKey });
    expect(await storedTurns(sessionId)).toEqual([]);
  });

  it("deletes the recording when the answer is typed after all, keeps it for a spoken one, and drops unanswered turns' at the end", async () => {
    const { student, sessionId, turn } = await interviewOf(true);
    await record(sessionId, first);
    let view = await submitAnswer(student, sessionId, turn, { text: "Indexes speed up reads, typed instead." });
    expect(await storedTurns(sessionId)).toEqual([]);

    const spokenTurn = view.pending!.turn;
    await record(sessionId, first);
    view = await submitAnswer(student, sessionId, spokenTurn, { text: "Indexes speed up reads.", spoken });
    expect(await storedTurns(sessionId)).toEqual([spokenTurn]);

    const unanswered = view.pending!.turn;
    await record(sessionId, second);
    expect(await storedTurns(sessionId)).toEqual([spokenTurn, unanswered]);
    await endInterview(student, sessionId);
    expect(await storedTurns(sessionId)).toEqual([spokenTurn]);
    expect((await play(sessionId, spokenTurn)).status).toBe(200);
  });
});

describe("GET and DELETE /api/interviews/:id/recordings/:turn", () => {
  it("is the student's alone: signed out 401, an instructor or another student 404, a malformed turn 404", async () => {
    const { student, sessionId, turn } = await interviewOf(true);
    await record(sessionId, first);
    const cases: [string, ReturnType<typeof sessionFor> | null, number][] = [
      ["signed out", null, 401],
      ["an instructor", sessionFor(await makeUser("INSTRUCTOR")), 404],
      ["another student", sessionFor(await makeUser("STUDENT")), 404],
    ];
    for (const [who, as, status] of cases) {
      session.current = as;
      expect((await play(sessionId, turn)).status, `${who}: GET`).toBe(status);
      expect((await remove(sessionId, turn)).status, `${who}: DELETE`).toBe(status);
      expect((await removeAll(sessionId)).status, `${who}: DELETE all`).toBe(status);
    }
    session.current = sessionFor(student);
    for (const bad of ["01", "-1", "1e1", "x", "1000"]) expect((await play(sessionId, bad)).status, bad).toBe(404);
    expect(await storedTurns(sessionId)).toEqual([turn]);
  });

  it("deletes one recording (audited), then answers 404; a request from another site is refused", async () => {
    const { student, sessionId, turn } = await interviewOf(true);
    await record(sessionId, first);
    expect((await remove(sessionId, turn, "https://evil.example")).status).toBe(403);
    expect(await storedTurns(sessionId)).toEqual([turn]);

    const response = await remove(sessionId, turn);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleted: 1 });
    expect((await play(sessionId, turn)).status).toBe(404);
    expect((await remove(sessionId, turn)).status).toBe(404);
    const db = await getDb();
    const audit = await db.auditLog.findMany({ where: { actorId: student.id, action: "recording.delete" } });
    expect(audit).toMatchObject([{ targetType: "interview", targetId: sessionId, metadata: { turn } }]);
  });

  it("deletes all of an interview's recordings at once", async () => {
    const { student, sessionId, turn } = await interviewOf(true);
    await record(sessionId, first);
    const view = await submitAnswer(student, sessionId, turn, { text: "Indexes speed up reads.", spoken });
    await record(sessionId, second);
    expect(await storedTurns(sessionId)).toEqual([turn, view.pending!.turn]);
    const response = await removeAll(sessionId);
    expect(await response.json()).toEqual({ deleted: 2 });
    expect(await storedTurns(sessionId)).toEqual([]);
    expect(await (await removeAll(sessionId)).json()).toEqual({ deleted: 0 });
  });
});
