// The speech clients against a local OpenAI-compatible server (real HTTP, a real multipart upload
// of a WAV made here): word timestamps when the endpoint gives them, plain text when it refuses the
// detailed form, and a clear error — never a hang — when it is down, slow or refuses the audio.
// Text to speech comes back as a stream of audio.
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { deliveryMetrics } from "@/lib/speech/delivery";
import { speechMessages } from "@/lib/speech/limits";
import { speak } from "@/lib/speech/speak";
import { transcribe } from "@/lib/speech/transcribe";
import { spokenWav, toneWav } from "../../support/audio-fixtures";
import { FakeSpeech } from "../../support/fake-speech";

let fake: FakeSpeech | null = null;
afterEach(async () => {
  await fake?.stop();
  fake = null;
});

const wav = toneWav([
  { hz: 440, seconds: 0.5 },
  { hz: 0, seconds: 0.3 },
  { hz: 660, seconds: 0.5 },
]);
const recording = { bytes: wav, mimeType: "audio/wav", fileName: "answer.wav" };
const endpoint = (baseUrl: string, over: Partial<{ timeoutMs: number; apiKey: string }> = {}) => ({ baseUrl, model: "whisper-test", apiKey: "sk-test", timeoutMs: 2000, ...over });

const VERBOSE = {
  task: "transcribe",
  language: "english",
  duration: 6.2,
  text: " A hash map, um, hashes each key to a bucket. ",
  words: [
    { word: "A", start: 0, end: 0.2 },
    { word: "hash", start: 0.2, end: 0.5 },
    { word: "map,", start: 0.5, end: 0.8 },
    { word: "um,", start: 3.5, end: 3.8 },
    { word: "hashes", start: 3.9, end: 4.3 },
    { word: "each", start: 4.3, end: 4.5 },
    { word: "key", start: 4.5, end: 4.8 },
    { word: "to", start: 4.8, end: 4.9 },
    { word: "a", start: 4.9, end: 5.0 },
    { word: "bucket.", start: 5.0, end: 5.6 },
  ],
};

async function refusedWith(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("transcribe", () => {
  it("uploads the recording as multipart and returns the text with word timestamps", async () => {
    fake = await new FakeSpeech(() => ({ json: VERBOSE })).start();
    const transcript = await transcribe(recording, endpoint(fake.baseURL));
    expect(transcript).toMatchObject({ text: "A hash map, um, hashes each key to a bucket.", durationSeconds: 6.2 });
    expect(transcript.words).toHaveLength(10);
    const [request] = fake.transcriptions;
    expect(request!.fields).toEqual({ model: ["whisper-test"], response_format: ["verbose_json"], "timestamp_granularities[]": ["word"] });
    expect(request!.file).toMatchObject({ name: "answer.wav", type: "audio/wav" });
    expect(Buffer.from(request!.file!.bytes).equals(Buffer.from(wav))).toBe(true);
    expect(request!.authorization).toBe("Bearer sk-test");
    // The timestamps feed the delivery metrics: the 2.7 s gap before "um" is a long pause.
    const metrics = deliveryMetrics({ text: transcript.text, durationSeconds: transcript.durationSeconds!, timedWords: transcript.words! });
    expect(metrics.find((m) => m.id === "pauses")?.value).toBe("1 (longest 2.7 s)");
  });

  it("uploads real speech (a sentence espeak-ng says) byte for byte", async () => {
    const said = spokenWav("A queue is first in, first out.");
    expect(said, "espeak-ng is needed for this test (.ci/run installs it: apt-get install espeak-ng)").not.toBeNull();
    expect(Buffer.from(said!.subarray(0, 4)).toString("ascii")).toBe("RIFF");
    fake = await new FakeSpeech(() => ({ json: { text: "A queue is first in, first out." } })).start();
    await transcribe({ bytes: said!, mimeType: "audio/wav", fileName: "said.wav" }, endpoint(fake.baseURL));
    expect(Buffer.from(fake.transcriptions[0]!.file!.bytes).equals(Buffer.from(said!))).toBe(true);
  });

  it("asks once more for plain json when the endpoint refuses word timestamps", async () => {
    fake = await new FakeSpeech((r) => (r.fields.response_format?.[0] === "verbose_json" ? { status: 400 } : { json: { text: "Plain text only." } })).start();
    expect(await transcribe(recording, endpoint(fake.baseURL))).toEqual({ text: "Plain text only.", words: null, durationSeconds: null });
    expect(fake.transcriptions.map((r) => r.fields.response_format?.[0])).toEqual(["verbose_json", "json"]);
  });

  it("gives a clear error when the endpoint is slow, down, or refuses the audio", async () => {
    fake = await new FakeSpeech(() => ({ hang: true })).start();
    const started = Date.now();
    const slow = await refusedWith(transcribe(recording, endpoint(fake.baseURL, { timeoutMs: 300 })));
    expect(slow).toMatchObject({ status: 503, message: speechMessages.timeout });
    expect(Date.now() - started).toBeLessThan(2000);
    const gone = fake.baseURL;
    await fake.stop();

    const down = await refusedWith(transcribe(recording, endpoint(gone)));
    expect(down).toMatchObject({ status: 503, message: speechMessages.down });

    fake = await new FakeSpeech(() => ({ status: 415 })).start();
    expect(await refusedWith(transcribe(recording, endpoint(fake.baseURL)))).toMatchObject({ status: 415, message: speechMessages.unsupported });
    fake.transcribe = () => ({ status: 413 });
    expect(await refusedWith(transcribe(recording, endpoint(fake.baseURL)))).toMatchObject({ status: 413, message: speechMessages.tooLarge });
    fake.transcribe = () => ({ json: { not: "a transcript" } });
    expect(await refusedWith(transcribe(recording, endpoint(fake.baseURL)))).toMatchObject({ status: 503 });
    expect(await refusedWith(transcribe({ ...recording, bytes: new Uint8Array(0) }, endpoint(fake.baseURL)))).toMatchObject({ status: 400, message: speechMessages.empty });
  });
});

describe("speak", () => {
  it("streams the endpoint's audio for the question, with the voice and model asked for", async () => {
    const audio = new Uint8Array(3000).map((_, i) => i % 251);
    fake = await new FakeSpeech(
      () => ({ status: 404 }),
      () => ({ audio, chunks: 4 }),
    ).start();
    const spoken = await speak("  What is a hash map?  ", { ...endpoint(fake.baseURL), voice: "nova" });
    expect(spoken.contentType).toBe("audio/mpeg");
    const received = new Uint8Array(await new Response(spoken.body).arrayBuffer());
    expect(Buffer.from(received).equals(Buffer.from(audio))).toBe(true);
    expect(fake.speeches[0]!.body).toEqual({ model: "whisper-test", input: "What is a hash map?", voice: "nova", response_format: "mp3" });
  });

  it("says the voice is unavailable when the endpoint fails, so the question is shown as text", async () => {
    fake = await new FakeSpeech(
      () => ({ status: 404 }),
      () => ({ status: 500 }),
    ).start();
    expect(await refusedWith(speak("A question?", { ...endpoint(fake.baseURL), voice: "alloy" }))).toMatchObject({ status: 503, message: speechMessages.speechDown });
    expect(await refusedWith(speak("   ", { ...endpoint(fake.baseURL), voice: "alloy" }))).toMatchObject({ status: 400 });
  });
});
