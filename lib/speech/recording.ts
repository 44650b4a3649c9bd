// The recorder's rules, kept out of the component so they are tested on their own: which audio
// format to ask the browser for, what a microphone error means to the student, silences measured
// from the input level, and how several recordings of one answer add up. No server imports.
import type { SpokenAnswer, TimedWord } from "@/lib/domain";
import { MAX_RECORDING_SECONDS, MAX_SILENCES, MAX_TIMED_WORDS } from "./limits";

/** Formats MediaRecorder can produce, best first: Opus in WebM (Chromium, Firefox), then Ogg, then MP4 (Safari). */
const PREFERRED_TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"] as const;

/** The first format this browser records, or "" to let it choose. */
export function pickRecordingType(isTypeSupported: (type: string) => boolean): string {
  return PREFERRED_TYPES.find((t) => isTypeSupported(t)) ?? "";
}

/** Level (0–1, root mean square of the waveform) under which the input counts as silence. */
export const SILENCE_LEVEL = 0.02;
/** Silences shorter than this are the gaps between words, not pauses. */
export const MIN_SILENCE_MS = 700;
/** Hands-free: this much silence after the student has spoken ends the recording. */
export const HANDS_FREE_STOP_MS = 4000;
/** Hands-free: the countdown before recording starts, and before a transcript is sent. */
export const COUNTDOWN_SECONDS = 3;
export const AUTO_SUBMIT_SECONDS = 5;

/**
 * Follows the input level over time and keeps the silences between speech: `feed` one level
 * sample with the recording's clock (paused time excluded by the caller). Silence before the
 * first word is not a pause, so it is not kept.
 */
export class SilenceTracker {
  private silentSince: number | null = null;
  private spoke = false;
  private firstSoundMs = 0;
  private lastSoundMs = 0;
  readonly silencesMs: number[] = [];

  feed(level: number, atMs: number): void {
    if (level >= SILENCE_LEVEL) {
      this.close(atMs);
      if (!this.spoke) this.firstSoundMs = atMs;
      this.spoke = true;
      this.lastSoundMs = atMs;
      this.silentSince = null;
    } else if (this.silentSince === null) this.silentSince = atMs;
  }

  /**
   * How long the student spoke, from the first sound to the last, or `recordedMs` when nothing
   * was heard: the quiet before the first word and after the last (hands-free waits seconds for
   * it) is not speaking time, and counting it would make the pace look slower than it was.
   */
  speakingMs(recordedMs: number, tickMs: number): number {
    return this.spoke ? Math.min(recordedMs, this.lastSoundMs - this.firstSoundMs + tickMs) : recordedMs;
  }

  /** How long the current silence has lasted after the student began to speak (0 otherwise). */
  currentSilenceMs(atMs: number): number {
    return this.spoke && this.silentSince !== null ? atMs - this.silentSince : 0;
  }

  get hasSpoken(): boolean {
    return this.spoke;
  }

  /** A pause in progress stops being one when the clock stops (pause or stop). */
  interrupt(): void {
    this.silentSince = null;
  }

  private close(atMs: number) {
    if (this.spoke && this.silentSince !== null) {
      const ms = Math.round(atMs - this.silentSince);
      if (ms >= MIN_SILENCE_MS && this.silencesMs.length < MAX_SILENCES) this.silencesMs.push(ms);
    }
  }
}

/** Root mean square of a waveform of bytes centred on 128 (an AnalyserNode's time-domain data), 0–1. */
export function levelOf(samples: Uint8Array): number {
  if (!samples.length) return 0;
  let sum = 0;
  for (const s of samples) {
    const v = (s - 128) / 128;
    sum += v * v;
  }
  return Math.sqrt(sum / samples.length);
}

/** "1:05" */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** One recording's part of an answer: its text as heard, its length and timing. */
export type SpokenPart = { text: string; durationSeconds: number; words?: TimedWord[]; silencesMs?: number[]; transcribedBy: SpokenAnswer["transcribedBy"] };

/**
 * An answer recorded in several parts adds up: lengths summed (the recording limit is per
 * answer, so the total stays within it), each part's word times moved after the parts before it,
 * silences and heard text joined. The last part says who transcribed.
 */
export function addSpokenPart(previous: SpokenAnswer | null, part: SpokenPart): SpokenAnswer {
  const offset = previous?.durationSeconds ?? 0;
  const durationSeconds = Math.min(offset + part.durationSeconds, MAX_RECORDING_SECONDS);
  const moved = part.words?.map((w) => ({ word: w.word, start: w.start + offset, end: w.end + offset }));
  const words = previous?.words || moved ? [...(previous?.words ?? []), ...(moved ?? [])].slice(0, MAX_TIMED_WORDS) : undefined;
  const silences = previous?.silencesMs || part.silencesMs ? [...(previous?.silencesMs ?? []), ...(part.silencesMs ?? [])].slice(0, MAX_SILENCES) : undefined;
  const heard = [previous?.heard, part.text].filter(Boolean).join(" ");
  return {
    durationSeconds: Math.round(durationSeconds * 100) / 100,
    ...(words ? { words } : {}),
    ...(silences ? { silencesMs: silences } : {}),
    ...(heard ? { heard } : {}),
    transcribedBy: part.transcribedBy,
  };
}

/** The answer box after a recording: the transcript alone, or after what is already there. */
export function appendTranscript(draft: string, transcript: string): string {
  const before = draft.trimEnd();
  return before ? `${before} ${transcript.trim()}` : transcript.trim();
}

export type MicProblem = "denied" | "no-device" | "busy" | "insecure" | "unsupported";

/** What a getUserMedia or speech recognition failure means, by the error's name. */
export function micProblemOf(error: unknown): MicProblem {
  const name = error && typeof error === "object" && "name" in error ? String((error as { name: unknown }).name) : "";
  if (name === "NotAllowedError" || name === "SecurityError" || name === "not-allowed" || name === "service-not-allowed") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "audio-capture") return "no-device";
  if (name === "NotReadableError" || name === "AbortError") return "busy";
  return "unsupported";
}

/**
 * The language the browser's recognition listens for: the interview's, with the browser's own
 * regional variant when they agree (an English interview on an en-GB browser hears British English).
 */
export function recognitionLang(interviewLanguage: string | undefined, browserLanguage: string | undefined): string {
  if (!browserLanguage) return interviewLanguage || "en";
  if (!interviewLanguage) return browserLanguage;
  return browserLanguage.toLowerCase().startsWith(`${interviewLanguage.toLowerCase()}-`) ? browserLanguage : interviewLanguage;
}
