import { describe, expect, it } from "vitest";
import { MAX_RECORDING_SECONDS } from "@/lib/speech/limits";
import { addSpokenPart, appendTranscript, clock, HANDS_FREE_STOP_MS, levelOf, MIN_SILENCE_MS, micProblemOf, pickRecordingType, SilenceTracker } from "@/lib/speech/recording";

/** Feeds a tracker a script of [level, milliseconds] stretches, sampled every 100 ms. */
function run(script: [number, number][]) {
  const tracker = new SilenceTracker();
  let at = 0;
  for (const [level, ms] of script) for (let end = at + ms; at < end; at += 100) tracker.feed(level, at);
  return { tracker, at };
}

describe("the recorder's rules", () => {
  it("asks for Opus in WebM first, then what the browser has", () => {
    expect(pickRecordingType(() => true)).toBe("audio/webm;codecs=opus");
    expect(pickRecordingType((t) => t === "audio/mp4")).toBe("audio/mp4");
    expect(pickRecordingType(() => false)).toBe("");
  });

  it("keeps the silences between speech, not the quiet before the first word or gaps between words", () => {
    const { tracker } = run([
      [0, 3000], // before speaking: not a pause
      [0.2, 1000],
      [0, 300], // a gap between words
      [0.2, 1000],
      [0, 2600], // a pause
      [0.3, 500],
    ]);
    expect(tracker.silencesMs).toEqual([2600]);
    expect(MIN_SILENCE_MS).toBeGreaterThan(300);
  });

  it("tells hands-free how long the student has been silent since speaking", () => {
    const { tracker, at } = run([
      [0, 5000],
      [0.2, 1000],
      [0, HANDS_FREE_STOP_MS],
    ]);
    expect(tracker.currentSilenceMs(at)).toBeGreaterThanOrEqual(HANDS_FREE_STOP_MS - 100);
    expect(run([[0, 8000]]).tracker.currentSilenceMs(8000)).toBe(0); // never spoke: never stops on its own
    tracker.interrupt();
    expect(tracker.currentSilenceMs(at)).toBe(0);
  });

  it("measures the level of a waveform", () => {
    expect(levelOf(new Uint8Array(512).fill(128))).toBe(0);
    expect(levelOf(Uint8Array.from({ length: 512 }, (_, i) => (i % 2 ? 0 : 255)))).toBeGreaterThan(0.9);
    expect(levelOf(new Uint8Array())).toBe(0);
  });

  it("adds up an answer recorded in parts, moving the later words after the earlier ones", () => {
    const first = addSpokenPart(null, { text: "An index", durationSeconds: 2, words: [{ word: "An", start: 0.1, end: 0.3 }], silencesMs: [900], transcribedBy: "server" });
    const both = addSpokenPart(first, { text: "speeds up reads", durationSeconds: 3, words: [{ word: "speeds", start: 0.5, end: 0.9 }], transcribedBy: "server" });
    expect(both).toEqual({
      durationSeconds: 5,
      words: [
        { word: "An", start: 0.1, end: 0.3 },
        { word: "speeds", start: 2.5, end: 2.9 },
      ],
      silencesMs: [900],
      heard: "An index speeds up reads",
      transcribedBy: "server",
    });
    expect(
      addSpokenPart({ durationSeconds: MAX_RECORDING_SECONDS - 1, transcribedBy: "browser" }, { text: "x", durationSeconds: 5, transcribedBy: "browser" }).durationSeconds,
    ).toBe(MAX_RECORDING_SECONDS);
  });

  it("puts a transcript after what is already in the answer box", () => {
    expect(appendTranscript("", " An index. ")).toBe("An index.");
    expect(appendTranscript("First part.  \n", "Second part.")).toBe("First part. Second part.");
  });

  it("says what a microphone failure means", () => {
    const named = (name: string) => Object.assign(new Error(name), { name });
    expect(micProblemOf(named("NotAllowedError"))).toBe("denied");
    expect(micProblemOf(named("NotFoundError"))).toBe("no-device");
    expect(micProblemOf(named("NotReadableError"))).toBe("busy");
    expect(micProblemOf(named("TypeError"))).toBe("unsupported");
    expect(micProblemOf(null)).toBe("unsupported");
  });

  it("shows times as minutes and seconds", () => {
    expect(clock(0)).toBe("0:00");
    expect(clock(65.7)).toBe("1:05");
    expect(clock(MAX_RECORDING_SECONDS)).toBe("3:00");
  });
});

describe("the browser recognition's language", () => {
  it("is the interview's, in the browser's regional variant when they agree", async () => {
    const { recognitionLang } = await import("@/lib/speech/recording");
    expect(recognitionLang("en", "en-GB")).toBe("en-GB");
    expect(recognitionLang("es", "en-GB")).toBe("es");
    expect(recognitionLang(undefined, "fr-CA")).toBe("fr-CA");
    expect(recognitionLang("es", undefined)).toBe("es"); // a server render's navigator has no language
    expect(recognitionLang(undefined, undefined)).toBe("en");
  });
});

describe("speaking time", () => {
  it("runs from the first sound to the last, so waiting in silence does not slow the pace", () => {
    const { tracker, at } = run([
      [0, 1500], // before the first word
      [0.2, 3000],
      [0, 1000],
      [0.2, 2000],
      [0, HANDS_FREE_STOP_MS], // hands-free waiting to stop
    ]);
    expect(tracker.speakingMs(at, 100)).toBe(6000);
    expect(run([[0, 3000]]).tracker.speakingMs(3000, 100)).toBe(3000); // nothing heard: the whole recording
  });
});
