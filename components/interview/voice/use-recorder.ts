"use client";
// The microphone for one spoken answer: the input level and the silences between words (an
// analyser on the stream), the elapsed time without paused stretches, pause and resume, and the
// limits. Two engines hear the audio: "server" records it (MediaRecorder) for the transcription
// endpoint; "browser" hands it to the browser's own speech recognition, which gives the text.
// Everything is released when a recording ends or is cancelled — even one cancelled while the
// browser was still asking for the microphone — so the browser's "recording" mark goes away.
import { useCallback, useEffect, useRef, useState } from "react";
import { MAX_AUDIO_BYTES } from "@/lib/speech/limits";
import { HANDS_FREE_STOP_MS, levelOf, type MicProblem, micProblemOf, pickRecordingType, SilenceTracker } from "@/lib/speech/recording";
import { type BrowserRecognition, startRecognition } from "./browser-recognition";

export type Engine = "server" | "browser";
export type RecorderStatus = "idle" | "starting" | "recording" | "paused" | "stopping";
export type RecorderProblem = MicProblem | "no-speech" | "recognition-down";

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
  onProblem: (problem: RecorderProblem) => void;
  /** Hands-free cannot stop on silence: the browser did not let the page hear the level. */
  onNoAutoStop: () => void;
};

const TICK_MS = 100;

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
  /** Set once: a second stop (the limit and a click in the same moment) does nothing. */
  finishing: boolean;
  /** Thrown away: whatever is still finishing is not handed on. */
  cancelled: boolean;
};

/** Recorded time so far, paused stretches left out. */
const elapsed = (l: Live) => l.activeMs + (l.resumedAt === null ? 0 : performance.now() - l.resumedAt);

function releaseMedia(stream: MediaStream, context: AudioContext | null) {
  for (const track of stream.getTracks()) track.stop();
  void context?.close().catch(() => {});
}

export function useRecorder({ engine, maxSeconds, lang, onTake, onProblem, onNoAutoStop }: Options) {
  const [status, setStatus] = useState<RecorderStatus>("idle");
  const [elapsedMs, setElapsedMs] = useState(0);
  const [level, setLevel] = useState(0);
  const [interim, setInterim] = useState("");
  const live = useRef<Live | null>(null);
  // Bumped by every start and cancel: a start still waiting for the microphone checks it.
  const generation = useRef(0);
  const busy = useRef(false); // between a start and the end of its take, read synchronously
  // The latest callbacks, so a recording in progress calls what the page renders now.
  const handlers = useRef({ onTake, onProblem, onNoAutoStop, maxSeconds });
  handlers.current = { onTake, onProblem, onNoAutoStop, maxSeconds };

  const release = useCallback((l: Live) => {
    window.clearInterval(l.timer);
    releaseMedia(l.stream, l.context);
    if (live.current === l) live.current = null;
    busy.current = false;
    setLevel(0);
    setStatus("idle");
    setInterim("");
  }, []);

  const finish = useCallback(
    async (l: Live) => {
      if (l.finishing) return;
      l.finishing = true;
      l.activeMs = elapsed(l);
      l.resumedAt = null;
      l.tracker.interrupt();
      const durationSeconds = l.tracker.speakingMs(l.activeMs, TICK_MS) / 1000;
      setStatus("stopping");
      window.clearInterval(l.timer);
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
      const heard = l.recognition ? await l.recognition.finish() : { text: "", failure: null };
      release(l);
      if (l.cancelled) return;
      const take: Take = { engine: l.recognition ? "browser" : "server", audio, text: heard.text, durationSeconds, silencesMs: [...l.tracker.silencesMs], limit: l.limit };
      // What the browser heard before its service failed is still the student's.
      if (heard.text || !heard.failure) handlers.current.onTake(take);
      if (heard.failure) handlers.current.onProblem(heard.failure);
    },
    [release],
  );

  const start = useCallback(
    async ({ autoStop = false }: { autoStop?: boolean } = {}) => {
      if (busy.current) return;
      busy.current = true;
      const mine = ++generation.current;
      setStatus("starting");
      setElapsedMs(0);
      let stream: MediaStream;
      try {
        if (!window.isSecureContext) throw Object.assign(new Error("insecure"), { name: "Insecure" });
        stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
      } catch (error) {
        if (generation.current !== mine) return;
        busy.current = false;
        setStatus("idle");
        return handlers.current.onProblem((error as { name?: string }).name === "Insecure" ? "insecure" : micProblemOf(error));
      }
      if (generation.current !== mine) return releaseMedia(stream, null); // cancelled while the browser asked
      const context = new AudioContext();
      // Started by a timer (hands-free) before any click, the context may stay suspended: then the
      // level cannot be heard, so silence cannot end the recording.
      await context.resume().catch(() => {});
      if (generation.current !== mine) return releaseMedia(stream, context);
      if (autoStop && context.state !== "running") {
        autoStop = false;
        handlers.current.onNoAutoStop();
      }
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
        finishing: false,
        cancelled: false,
      };
      try {
        if (engine === "server") {
          const mimeType = pickRecordingType((t) => MediaRecorder.isTypeSupported(t));
          l.recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
          l.recorder.addEventListener("dataavailable", (e) => {
            if (!e.data.size) return;
            l.chunks.push(e.data);
            l.bytes += e.data.size;
            if (l.bytes > MAX_AUDIO_BYTES && !l.limit) {
              l.limit = "size";
              void finish(l);
            }
          });
          l.recorder.start(1000);
        } else {
          l.recognition = startRecognition(lang, setInterim, () => void finish(l));
        }
      } catch (error) {
        releaseMedia(stream, context);
        busy.current = false;
        setStatus("idle");
        return handlers.current.onProblem(micProblemOf(error));
      }
      live.current = l;
      l.timer = window.setInterval(() => {
        if (l.finishing || l.resumedAt === null) return;
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
    [engine, lang, finish],
  );

  const pause = useCallback(() => {
    const l = live.current;
    if (!l || l.finishing || l.resumedAt === null) return;
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
    if (!l || l.finishing || l.resumedAt !== null) return;
    l.resumedAt = performance.now();
    l.recorder?.resume();
    l.recognition?.resume();
    setStatus("recording");
  }, []);

  const stop = useCallback(() => {
    if (live.current) void finish(live.current);
  }, [finish]);

  /** Throws the recording away (a new question arrived, or the student left), even one still starting. */
  const cancel = useCallback(() => {
    generation.current++;
    const l = live.current;
    if (!l) {
      busy.current = false;
      setStatus("idle");
      return;
    }
    l.cancelled = true;
    if (l.recorder?.state !== "inactive") l.recorder?.stop();
    l.recognition?.abort();
    release(l);
  }, [release]);

  useEffect(() => () => cancel(), [cancel]);

  return { status, elapsedMs, level, interim, start, pause, resume, stop, cancel };
}
