// GET /api/interviews/:id/question-audio: the pending question read aloud by a local
// OpenAI-compatible /audio/speech endpoint (real HTTP) and streamed back — for the interview's own
// student only, only while it waits for an answer, and only the server's own question text.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, startInterview } from "@/lib/interview/service";
import { speechMessages } from "@/lib/speech/limits";
import { makeUser, sessionFor } from "../../support/factories";
import { FakeSpeech } from "../../support/fake-speech";

const session = vi.hoisted(() => ({ current: null as null | ReturnType<typeof sessionFor> }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const { GET } = await import("@/app/api/interviews/[sessionId]/question-audio/route");

const AUDIO = new Uint8Array(4096).map((_, i) => (i * 7) % 256);
const fake = new FakeSpeech(
  () => ({ status: 404 }),
  () => ({ audio: AUDIO, chunks: 5 }),
);
const saved = { base: process.env.TTS_BASE_URL, model: process.env.TTS_MODEL };
beforeAll(async () => {
  setEngineModel(null);
  await fake.start();
});
afterAll(() => fake.stop());
beforeEach(() => {
  process.env.TTS_BASE_URL = fake.baseURL;
  process.env.TTS_MODEL = "tts-test";
  resetEnvCache();
  session.current = null;
});
afterEach(() => {
  for (const [key, value] of [
    ["TTS_BASE_URL", saved.base],
    ["TTS_MODEL", saved.model],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
});

const get = (sessionId: string) =>
  GET(new Request(`http://localhost:3000/api/interviews/${sessionId}/question-audio`, { headers: { host: "localhost:3000" } }), { params: Promise.resolve({ sessionId }) });

async function interviewOf() {
  const student = await makeUser("STUDENT");
  const { view } = await startInterview(student, {
    source: "JOB_PRACTICE",
    setup: { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" },
  });
  return { student, sessionId: view.sessionId, question: view.pending!.question };
}

describe("GET /api/interviews/:id/question-audio", () => {
  it("streams the pending question read aloud, privately", async () => {
    const { student, sessionId, question } = await interviewOf();
    session.current = sessionFor(student);
    const response = await get(sessionId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("audio/mpeg");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(AUDIO))).toBe(true);
    expect(fake.speeches.at(-1)!.body).toMatchObject({ model: "tts-test", input: question, voice: "alloy" });
  });

  it("reads nothing for anyone else, or once the interview is over", async () => {
    const { student, sessionId } = await interviewOf();
    const before = fake.speeches.length;
    for (const [who, as, status] of [
      ["signed out", null, 401],
      ["an instructor", sessionFor(await makeUser("INSTRUCTOR")), 403],
      ["another student", sessionFor(await makeUser("STUDENT")), 404],
    ] as const) {
      session.current = as;
      expect((await get(sessionId)).status, who).toBe(status);
    }
    session.current = sessionFor(student);
    await endInterview(student, sessionId);
    expect((await get(sessionId)).status).toBe(409);
    expect(fake.speeches.length).toBe(before);
  });

  it("says when no server voice is set up (the browser reads questions then), or when it fails", async () => {
    const { student, sessionId } = await interviewOf();
    session.current = sessionFor(student);
    delete process.env.TTS_BASE_URL;
    resetEnvCache();
    const none = await get(sessionId);
    expect(none.status).toBe(503);
    expect((await none.json()).message).toBe(speechMessages.voiceNotConfigured);
    process.env.TTS_BASE_URL = fake.baseURL;
    resetEnvCache();
    fake.speak = () => ({ status: 500 });
    const failed = await get(sessionId);
    expect(failed.status).toBe(503);
    expect((await failed.json()).message).toBe(speechMessages.speechDown);
    fake.speak = () => ({ audio: AUDIO });
  });
});
