"use client";
// The browser's own speech recognition (Chrome, Edge, Safari), for apps with no transcription
// endpoint. It listens continuously and reports text as it firms up. Recognition sessions end on
// their own after a while of silence, so an ended session is restarted until the student stops;
// pausing ends the session and resuming starts a new one, keeping what was already heard.

type RecognitionResult = { isFinal: boolean; 0: { transcript: string } };
type RecognitionEvent = { resultIndex: number; results: ArrayLike<RecognitionResult> };
type Recognition = {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((e: RecognitionEvent) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
};
type RecognitionConstructor = new () => Recognition;

function recognitionClass(): RecognitionConstructor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export const hasBrowserRecognition = () => recognitionClass() !== null;

export type Failure = "denied" | "no-device" | "no-speech" | "recognition-down";
export type BrowserRecognition = {
  pause(): void;
  resume(): void;
  /** Stops listening and gives everything heard (or why nothing could be). */
  finish(): Promise<{ text: string; failure: Failure | null }>;
  abort(): void;
};

const FAILURES: Record<string, Failure> = {
  "not-allowed": "denied",
  "service-not-allowed": "denied",
  // The recorder already holds the microphone (its level meter): a capture failure here is the
  // recognition's own, not a missing device.
  "audio-capture": "recognition-down",
  network: "recognition-down",
  "language-not-supported": "recognition-down",
};

/** `onFailed`: recognition broke off on its own (permission, device, service): the caller finishes to learn why. */
export function startRecognition(lang: string, onInterim: (text: string) => void, onFailed: () => void): BrowserRecognition {
  const Recognition = recognitionClass();
  if (!Recognition) throw Object.assign(new Error("no speech recognition"), { name: "NotSupportedError" });
  const finals: string[] = [];
  let failure: Failure | null = null;
  let wanted: "listening" | "paused" | "done" = "listening";
  let current: Recognition | null = null;
  let ended: (() => void) | null = null;

  const joined = () => finals.join(" ").replace(/\s+/g, " ").trim();

  const session = () => {
    const r = new Recognition();
    r.lang = lang;
    r.continuous = true;
    r.interimResults = true;
    r.onresult = (e) => {
      let pending = "";
      for (let i = e.resultIndex; i < e.results.length; i++) {
        const result = e.results[i]!;
        if (result.isFinal) finals.push(result[0].transcript.trim());
        else pending += result[0].transcript;
      }
      onInterim(`${joined()} ${pending}`.replace(/\s+/g, " ").trim());
    };
    r.onerror = (e) => {
      if (FAILURES[e.error]) failure = FAILURES[e.error]!;
    };
    r.onend = () => {
      current = null;
      if (wanted === "listening" && !failure) current = session();
      else if (ended) ended();
      else if (failure) onFailed();
    };
    r.start();
    return r;
  };
  current = session();

  return {
    pause() {
      wanted = "paused";
      current?.stop();
    },
    resume() {
      wanted = "listening";
      if (!current) current = session();
    },
    finish() {
      wanted = "done";
      return new Promise((resolve) => {
        const done = () => {
          const text = joined();
          resolve({ text, failure: failure ?? (text ? null : "no-speech") });
        };
        if (!current || failure) return done();
        ended = done;
        current.stop();
      });
    },
    abort() {
      wanted = "done";
      current?.abort();
    },
  };
}
