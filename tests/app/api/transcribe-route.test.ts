// POST /api/interviews/:id/transcribe, called as Next calls it, with a local OpenAI-compatible
// speech endpoint (real HTTP): only the interview's student, only while it waits for an answer,
// only audio types, a streamed 10 MB cap — all refused before the body is read — and a recording
// transcribed with its word timings. Without an endpoint configured it says so (503).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { setEngineModel } from "@/lib/interview/engine";
import { endInterview, startInterview } from "@/lib/interview/service";
import { MAX_AUDIO_BYTES, speechMessages } from "@/lib/speech/limits";
import { toneWav } from "../../support/audio-fixtures";
import { makeUser, sessionFor } from "../../support/factories";
import { FakeSpeech } from "../../support/fake-speech";

const session = vi.hoisted(() => ({ current: null as null | ReturnType<typeof sessionFor> }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const { POST } = await import("@/app/api/interviews/[sessionId]/transcribe/route");

const fake = new FakeSpeech(() => ({ json: { text: " Indexes speed up reads. ", duration: 2.1, words: [{ word: "Indexes", start: 0, end: 0.5 }] } }));
const saved = { base: process.env.STT_BASE_URL, model: process.env.STT_MODEL };
beforeAll(async () => {
  setEngineModel(null);
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(() => {
  process.env.STT_BASE_URL = fake.baseURL;
  process.env.STT_MODEL = "whisper-test";
  resetEnvCache();
  session.current = null;
});
afterEach(() => {
  for (const [key, value] of [
    ["STT_BASE_URL", saved.base],
    ["STT_MODEL", saved.model],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
});

/** A body that records whether anyone read it. */
function trackedBody(bytes: Uint8Array) {
  const seen = { pulled: 0 };
  let done = false;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (done) return controller.close();
        done = true;
        seen.pulled += bytes.length;
        controller.enqueue(bytes);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

function post(sessionId: string, body: ReadableStream<Uint8Array> | Uint8Array, type = "audio/wav") {
  const headers = new Headers({ host: "localhost:3000", "content-type": type });
  const payload = body instanceof ReadableStream ? body : new Blob([body as Uint8Array<ArrayBuffer>]);
  const request = new Request(`http://localhost:3000/api/interviews/${sessionId}/transcribe`, { method: "POST", headers, body: payload, duplex: "half" } as RequestInit);
  return POST(request, { params: Promise.resolve({ sessionId }) });
}

async function interviewOf() {
  const student = await makeUser("STUDENT");
  const { view } = await startInterview(student, {
    source: "JOB_PRACTICE",
    setup: { role: "Backend engineer", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" },
  });
  return { student, sessionId: view.sessionId };
}

const wav = toneWav([{ hz: 440, seconds: 0.4 }]);

describe("POST /api/interviews/:id/transcribe", () => {
  it("transcribes the student's recording for the question waiting for an answer", async () => {
    const { student, sessionId } = await interviewOf();
    session.current = sessionFor(student);
    const before = fake.transcriptions.length;
    const response = await post(sessionId, wav, "audio/webm;codecs=opus");
    expect(response.status).toBe(200);
    // Not kept: the student has not opted in (tests/app/api/recordings-route.test.ts covers keeping).
    expect(await response.json()).toEqual({ text: "Indexes speed up reads.", words: [{ word: "Indexes", start: 0, end: 0.5 }], durationSeconds: 2.1, kept: false });
    expect(fake.transcriptions[before]!.file).toMatchObject({ name: "answer.webm", type: "audio/webm" });
  });

  it("refuses everyone else, and an interview that is over, before reading the recording", async () => {
    const { student, sessionId } = await interviewOf();
    const cases: [string, ReturnType<typeof sessionFor> | null, number][] = [
      ["signed out", null, 401],
      ["an instructor", sessionFor(await makeUser("INSTRUCTOR")), 403],
      ["another student", sessionFor(await makeUser("STUDENT")), 404],
    ];
    for (const [who, as, status] of cases) {
      session.current = as;
      const { stream, seen } = trackedBody(wav);
      const response = await post(sessionId, stream);
      expect(response.status, who).toBe(status);
      expect(seen.pulled, `${who}: body read`).toBe(0);
    }
    session.current = sessionFor(student);
    await endInterview(student, sessionId);
    const { stream, seen } = trackedBody(wav);
    expect((await post(sessionId, stream)).status).toBe(409);
    expect(seen.pulled).toBe(0);
  });

  it("refuses what is not audio (415) and a recording over 10 MB (413), with what to do instead", async () => {
    const { student, sessionId } = await interviewOf();
    session.current = sessionFor(student);
    const notAudio = await post(sessionId, wav, "application/json");
    expect(notAudio.status).toBe(415);
    expect((await notAudio.json()).message).toBe(speechMessages.unsupported);
    const huge = await post(sessionId, new Uint8Array(MAX_AUDIO_BYTES + 1));
    expect(huge.status).toBe(413);
    expect((await huge.json()).message).toBe(speechMessages.tooLarge);
  });

  it("says when no transcription endpoint is configured (the page hides the microphone then)", async () => {
    delete process.env.STT_BASE_URL;
    resetEnvCache();
    const { student, sessionId } = await interviewOf();
    session.current = sessionFor(student);
    const { stream, seen } = trackedBody(wav);
    const response = await post(sessionId, stream);
    expect(response.status).toBe(503);
    expect((await response.json()).message).toBe(speechMessages.notConfigured);
    expect(seen.pulled).toBe(0);
  });
});
