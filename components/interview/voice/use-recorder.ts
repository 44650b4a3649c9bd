"use client";
// The microphone for one spoken answer: the input level and the silences between words (an
// analyser on the stream), the elapsed time without paused stretches, pause and resume, and the
// limits. Two engines hear the audio: "server" records it (MediaRecorder) for the transcription
// endpoint; "browser" hands it to the browser's own speech recognition, which gives the text.
// Everything is released when a recording ends, so the browser's "recording" mark goes away.
import { useCallback, useEffect, useRef, useState } from "react";
import { MAX_AUDIO_BYTES } from "@/lib/speech/limits";
import { HANDS_FREE_STOP_MS, levelOf, type MicProblem, micProblemOf, pickRecordingType, SilenceTracker } from "@/lib/speech/recording";
import { type BrowserRecognition, startRecognition } from "./browser-recognition";

export type Engine = "server" | "browser";
export type RecorderStatus = "idle" | "starting" | "recording" | "paused" | "stopping";

/** What a finished recording hands on: the audio (server) or the text (browser), with its timing. */
export type Take = {
  engine: Engine;
  audio: Blob | null;
  text: string;
  durationSeconds: number;
  silencesMs: number[];
  /** Why it stopped on its own, if it did. */
  limit: "time" | "size" | null;
};

type Options = {
  engine: Engine;
  /** The most this recording may last (the answer's limit less what was already recorded). */
  maxSeconds: number;
  /** The browser engine's language ("en-GB"). */
  lang: string;
  onTake: (take: Take) => void;
  onProblem: (problem: MicProblem | "no-speech" | "recognition-down") => void;
};

const TICK_MS = 100;

/** Recorded time so far, paused stretches left out. */
const elapsed = (l: Live) => l.activeMs + (l.resumedAt === null ? 0 : performance.now() - l.resumedAt);

type Live = {
  stream: MediaStream;
  context: AudioContext;
  analyser: AnalyserNode;
  samples: Uint8Array<ArrayBuffer>;
  recorder: MediaRecorder | null;
  recognition: BrowserRecognition | null;
  chunks: Blob[];
  bytes: number;
  tracker: SilenceTracker;
  activeMs: number;
  resumedAt: number | null;
  autoStop: boolean;
  limit: Take["limit"];
  timer: number;
};

export function useRecorder({ engine, maxSeconds, lang, onTake, onProblem }: Options) {
  const [status, setStatus] = useState<RecorderStatus>("idle");
  const [elapsedMs, setElapsedMs] = useState(0);
  const [level, setLevel] = useState(0);
  const [interim, setInterim] = useState("");
  const live = useRef<Live | null>(null);
  // The latest callbacks, so a recording in progress calls what the page renders now.
  const handlers = useRef({ onTake, onProblem, maxSeconds });
  handlers.current = { onTake, onProblem, maxSeconds };

  const release = useCallback((l: Live) => {
    window.clearInterval(l.timer);
    for (const track of l.stream.getTracks()) track.stop();
    void l.context.close().catch(() => {});
    live.current = null;
    setLevel(0);
  }, []);

  const finish = useCallback(
    async (l: Live) => {
      const durationSeconds = elapsed(l) / 1000;
      l.activeMs = elapsed(l);
      l.resumedAt = null;
      l.tracker.interrupt();
      setStatus("stopping");
      window.clearInterval(l.timer);
      let text = "";
      let audio: Blob | null = null;
      if (l.recorder) {
        const recorder = l.recorder;
        await new Promise<void>((resolve) => {
          recorder.addEventListener("stop", () => resolve(), { once: true });
          if (recorder.state !== "inactive") recorder.stop();
          else resolve();
        });
        audio = new Blob(l.chunks, { type: recorder.mimeType || "audio/webm" });
      }
      if (l.recognition) {
        const heard = await l.recognition.finish();
        text = heard.text;
        if (heard.failure) {
          release(l);
          setStatus("idle");
          setInterim("");
          return handlers.current.onProblem(heard.failure);
        }
      }
      release(l);
      setStatus("idle");
      setInterim("");
      handlers.current.onTake({ engine: l.recognition ? "browser" : "server", audio, text, durationSeconds, silencesMs: [...l.tracker.silencesMs], limit: l.limit });
    },
    [release],
  );

  const start = useCallback(
    async ({ autoStop = false }: { autoStop?: boolean } = {}) => {
      if (live.current || status !== "idle") return;
      setStatus("starting");
      setElapsedMs(0);
      let stream: MediaStream;
      try {
        if (!window.isSecureContext) throw Object.assign(new Error("insecure"), { name: "Insecure" });
        stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
      } catch (error) {
        setStatus("idle");
        return handlers.current.onProblem((error as { name?: string }).name === "Insecure" ? "insecure" : micProblemOf(error));
      }
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      context.createMediaStreamSource(stream).connect(analyser);
      const l: Live = {
        stream,
        context,
        analyser,
        samples: new Uint8Array(analyser.fftSize),
        recorder: null,
        recognition: null,
        chunks: [],
        bytes: 0,
        tracker: new SilenceTracker(),
        activeMs: 0,
        resumedAt: performance.now(),
        autoStop,
        limit: null,
        timer: 0,
      };
      try {
        if (engine === "server") {
          const mimeType = pickRecordingType((t) => MediaRecorder.isTypeSupported(t));
          l.recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
          l.recorder.addEventListener("dataavailable", (e) => {
            if (!e.data.size) return;
            l.chunks.push(e.data);
            l.bytes += e.data.size;
            if (l.bytes > MAX_AUDIO_BYTES && live.current === l) {
              l.limit = "size";
              void finish(l);
            }
          });
          l.recorder.start(1000);
        } else {
          l.recognition = startRecognition(lang, setInterim, () => live.current === l && void finish(l));
        }
      } catch (error) {
        for (const track of stream.getTracks()) track.stop();
        void context.close().catch(() => {});
        setStatus("idle");
        return handlers.current.onProblem(micProblemOf(error));
      }
      live.current = l;
      l.timer = window.setInterval(() => {
        if (live.current !== l || l.resumedAt === null) return;
        analyser.getByteTimeDomainData(l.samples);
        const now = elapsed(l);
        const value = levelOf(l.samples);
        l.tracker.feed(value, now);
        setLevel(value);
        setElapsedMs(now);
        if (now >= handlers.current.maxSeconds * 1000) {
          l.limit = "time";
          void finish(l);
        } else if (l.autoStop && l.tracker.currentSilenceMs(now) >= HANDS_FREE_STOP_MS) void finish(l);
      }, TICK_MS);
      setStatus("recording");
    },
    [engine, lang, status, finish],
  );

  const pause = useCallback(() => {
    const l = live.current;
    if (!l || l.resumedAt === null) return;
    l.activeMs = elapsed(l);
    l.resumedAt = null;
    l.tracker.interrupt();
    l.recorder?.pause();
    l.recognition?.pause();
    setLevel(0);
    setStatus("paused");
  }, []);

  const resume = useCallback(() => {
    const l = live.current;
    if (!l || l.resumedAt !== null) return;
    l.resumedAt = performance.now();
    l.recorder?.resume();
    l.recognition?.resume();
    setStatus("recording");
  }, []);

  const stop = useCallback(() => {
    const l = live.current;
    if (l && status !== "stopping") void finish(l);
  }, [finish, status]);

  /** Throws the recording away (a new question arrived, or the student left). */
  const cancel = useCallback(() => {
    const l = live.current;
    if (!l) return;
    l.recorder?.state !== "inactive" && l.recorder?.stop();
    l.recognition?.abort();
    release(l);
    setStatus("idle");
    setInterim("");
  }, [release]);

  useEffect(() => () => cancel(), [cancel]);

  return { status, elapsedMs, level, interim, start, pause, resume, stop, cancel };
}
