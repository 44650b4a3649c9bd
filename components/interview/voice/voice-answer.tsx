"use client";
// Answering out loud: record (with a level meter, the time and the limit), pause, stop; the
// recording is transcribed by the server's endpoint, or heard by the browser's own recognition
// when the app has none, and the text lands in the answer box for the student to check and edit.
// Hands-free: when the question has been read, a short countdown starts the recording and a long
// silence ends it. A failed transcription keeps the recording in the page to try again.
import { Loader2, Mic, Pause, Play, Square } from "lucide-react";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MAX_RECORDING_SECONDS, speechMessages } from "@/lib/speech/limits";
import { COUNTDOWN_SECONDS, clock, recognitionLang, type SpokenPart } from "@/lib/speech/recording";
import { ApiError, postRecording } from "../interview-api";
import { hasBrowserRecognition } from "./browser-recognition";
import { type Engine, type Take, useRecorder } from "./use-recorder";
import { useVoiceShortcuts } from "./use-voice-shortcuts";

type Props = {
  sessionId: string;
  /** The turn waiting for an answer, or null while one is being submitted or graded. */
  turn: number | null;
  serverTranscription: boolean;
  /** The interview's language, when it has one (job practice). */
  language?: string;
  /** Seconds already recorded for this answer: the limit is per answer. */
  recordedSeconds: number;
  /** The question is being read aloud: hands-free waits for it. */
  reading: boolean;
  handsFree: boolean;
  onHandsFreeChange: (on: boolean) => void;
  onTranscript: (text: string, part: SpokenPart, handsFree: boolean) => void;
  /** A recording starts: a pending hands-free submit must not cut it off. */
  onRecordingStart: () => void;
  /** Recording or being transcribed: submitting now would leave those words out. */
  onBusyChange: (busy: "recording" | "transcribing" | null) => void;
  /** Settings shown beside hands-free when the server transcribes (keeping recordings). */
  settings?: ReactNode;
};

const PROBLEMS: Record<string, string> = {
  denied: speechMessages.micDenied,
  "no-device": speechMessages.micMissing,
  busy: speechMessages.micBusy,
  insecure: speechMessages.micInsecure,
  unsupported: speechMessages.micUnsupported,
  "no-speech": speechMessages.noSpeech,
  "recognition-down": speechMessages.browserRecognitionDown,
};

/** Which engine this browser can use, or why there is none (decided after hydration). */
function engineFor(serverTranscription: boolean): Engine | { unavailable: string } {
  const canRecord = typeof MediaRecorder !== "undefined" && typeof navigator.mediaDevices?.getUserMedia === "function";
  if (serverTranscription && canRecord) return "server";
  if (hasBrowserRecognition() && typeof navigator.mediaDevices?.getUserMedia === "function") return "browser";
  if (!window.isSecureContext) return { unavailable: speechMessages.micInsecure };
  return { unavailable: serverTranscription ? speechMessages.micUnsupported : speechMessages.noSpeechInput };
}

export function VoiceAnswer(props: Props) {
  const { sessionId, turn, serverTranscription, recordedSeconds, reading, handsFree } = props;
  const [engine, setEngine] = useState<Engine | { unavailable: string } | null>(null);
  useEffect(() => {
    setEngine(engineFor(serverTranscription));
  }, [serverTranscription]);
  const [problem, setProblem] = useState<string | null>(null);
  const problemBox = useRef<HTMLDivElement>(null);
  // A phone shows the recorder's bottom edge at best: the message must come into view.
  useEffect(() => {
    if (problem) problemBox.current?.scrollIntoView({ block: "nearest" });
  }, [problem]);
  const [note, setNote] = useState<string | null>(null);
  const [unsent, setUnsent] = useState<Take | null>(null); // a recording whose transcription failed
  const [transcribing, setTranscribing] = useState(false);
  const [countdown, setCountdown] = useState<number | null>(null);
  const autoTurn = useRef<number | null>(null); // the turn hands-free already recorded for
  const fromHandsFree = useRef(false);
  // The turn on screen now: a transcript that comes back after the question changed is dropped.
  const currentTurn = useRef(turn);
  currentTurn.current = turn;
  const remaining = Math.max(0, MAX_RECORDING_SECONDS - recordedSeconds);

  async function transcribeTake(take: Take) {
    if (take.limit === "size") return setProblem(speechMessages.tooLarge);
    const forTurn = currentTurn.current;
    setTranscribing(true);
    setProblem(null);
    try {
      const heard = await postRecording(sessionId, take.audio!);
      if (currentTurn.current !== forTurn) return;
      setUnsent(null);
      if (!heard.text.trim()) return setProblem(speechMessages.noSpeech);
      const keptNote = heard.keptNote ?? (heard.kept && recordedSeconds > 0 ? speechMessages.keptLatestOnly : undefined);
      deliver(take, heard.text, heard.words ?? undefined, keptNote);
    } catch (error) {
      setUnsent(take);
      setProblem(error instanceof ApiError ? error.message : speechMessages.down);
    } finally {
      setTranscribing(false);
    }
  }

  function deliver(take: Take, text: string, words?: SpokenPart["words"], keptNote?: string) {
    const part: SpokenPart = { text, durationSeconds: take.durationSeconds, words, silencesMs: take.silencesMs, transcribedBy: take.engine };
    props.onTranscript(text, part, fromHandsFree.current);
    const done = take.limit === "time" ? speechMessages.tooLong : fromHandsFree.current ? speechMessages.transcriptReadyHandsFree : speechMessages.transcriptReady;
    setNote(keptNote ? `${done} ${keptNote}` : done);
  }

  const recorder = useRecorder({
    engine: engine === "browser" ? "browser" : "server",
    maxSeconds: remaining,
    // Server rendering can have a `navigator` without a language: only the browser's counts.
    lang: recognitionLang(props.language, (typeof navigator !== "undefined" && navigator.language) || "en"),
    onTake: (take) => (take.engine === "server" ? void transcribeTake(take) : take.text ? deliver(take, take.text) : setProblem(speechMessages.noSpeech)),
    onProblem: (p) => setProblem(PROBLEMS[p] ?? speechMessages.micUnsupported),
    onNoAutoStop: () => setNote(speechMessages.noAutoStop),
  });
  const { status } = recorder;
  const active = status === "recording" || status === "paused" || status === "stopping";
  const canStart = turn !== null && status === "idle" && !transcribing && remaining > 1;
  const { onBusyChange } = props;
  useEffect(() => {
    onBusyChange(status !== "idle" ? "recording" : transcribing ? "transcribing" : null);
  }, [status, transcribing, onBusyChange]);

  function begin(auto: boolean) {
    if (!canStart) return;
    autoTurn.current = turn; // recorded for: hands-free does not start another on its own
    props.onRecordingStart();
    fromHandsFree.current = auto;
    setProblem(null);
    setNote(null);
    setUnsent(null);
    setCountdown(null);
    void recorder.start({ autoStop: auto });
  }

  // A new question (or submitting) ends whatever was being recorded for the last one.
  const { cancel } = recorder;
  // biome-ignore lint/correctness/useExhaustiveDependencies: it runs because the turn changed.
  useEffect(() => {
    cancel();
    setCountdown(null);
    setUnsent(null);
    setNote(null);
    setProblem(null);
  }, [turn, cancel]);

  // Hands-free: once the question has been read, count down, then record.
  useEffect(() => {
    if (!handsFree || turn === null || reading || autoTurn.current === turn || status !== "idle" || transcribing || problem) return setCountdown(null);
    setCountdown(COUNTDOWN_SECONDS);
  }, [handsFree, turn, reading, status, transcribing, problem]);
  useEffect(() => {
    if (countdown === null) return;
    if (countdown === 0) {
      if (!canStart) return setCountdown(null);
      return begin(true);
    }
    const t = window.setTimeout(() => setCountdown((c) => (c === null ? null : c - 1)), 1000);
    return () => window.clearTimeout(t);
  });

  /** Hands-free stays on, but this question is answered some other way. */
  function skipCountdown() {
    autoTurn.current = turn;
    setCountdown(null);
  }

  useVoiceShortcuts({
    toggleRecording: () => (active ? recorder.stop() : begin(false)),
    togglePause: () => (status === "paused" ? recorder.resume() : recorder.pause()),
    cancelCountdown: () => {
      if (countdown === null) return false;
      skipCountdown();
      return true;
    },
    toggleHandsFree: () => props.onHandsFreeChange(!handsFree),
  });

  if (engine === null) return null;
  if (typeof engine === "object") {
    return (
      <p className="text-xs text-muted-foreground" data-testid="voice-unavailable">
        {engine.unavailable}
      </p>
    );
  }
  const left = remaining - recorder.elapsedMs / 1000;
  return (
    <section className="grid gap-3 rounded-md border p-3" aria-labelledby="voice-title" data-testid="voice-answer" data-engine={engine}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <h3 id="voice-title" className="font-medium">
          Answer out loud
        </h3>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              className="size-4"
              checked={handsFree}
              onChange={(e) => props.onHandsFreeChange(e.target.checked)}
              aria-keyshortcuts="Alt+H"
              data-testid="hands-free-toggle"
            />
            Hands-free
          </label>
          {engine === "server" ? props.settings : null}
        </div>
      </div>

      {countdown !== null ? (
        <div className="flex flex-wrap items-center gap-3" data-testid="record-countdown">
          <p className="font-medium">Recording starts in {countdown}…</p>
          <Button type="button" variant="outline" size="sm" onClick={skipCountdown} aria-keyshortcuts="Escape" data-testid="countdown-cancel">
            Not now<span className="hidden sm:inline"> (Esc)</span>
          </Button>
        </div>
      ) : active ? (
        <div className="grid gap-2" data-testid="recorder-live">
          <div className="flex flex-wrap items-center gap-3">
            <span className="flex items-center gap-2 font-medium" data-testid="record-state">
              <span className={`size-2.5 rounded-full ${status === "paused" ? "bg-muted-foreground" : "animate-pulse bg-destructive"}`} aria-hidden />
              {status === "paused" ? "Paused" : status === "stopping" ? "Finishing…" : "Recording"}
            </span>
            <span className="tabular-nums" data-testid="record-elapsed">
              {clock(recorder.elapsedMs / 1000)} / {clock(remaining)}
            </span>
            {left <= 20 && status === "recording" ? <span className="text-xs text-muted-foreground">{Math.ceil(left)} s left</span> : null}
          </div>
          {/* The level is for the eyes only: it changes ten times a second. */}
          <div className="h-2 w-full overflow-hidden rounded bg-muted" aria-hidden data-testid="record-level">
            <div className="h-full bg-primary transition-[width] duration-100" style={{ width: `${Math.min(100, Math.round(recorder.level * 400))}%` }} />
          </div>
          {recorder.interim ? (
            <p className="text-sm text-muted-foreground" data-testid="record-interim">
              {recorder.interim}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="outline"
              onClick={() => (status === "paused" ? recorder.resume() : recorder.pause())}
              disabled={status === "stopping"}
              aria-keyshortcuts="Alt+P"
              data-testid="record-pause"
            >
              {status === "paused" ? <Play aria-hidden /> : <Pause aria-hidden />}
              {status === "paused" ? "Resume" : "Pause"}
            </Button>
            <Button type="button" onClick={recorder.stop} disabled={status === "stopping"} aria-keyshortcuts="Alt+R" data-testid="record-stop">
              <Square aria-hidden /> Stop
            </Button>
          </div>
        </div>
      ) : transcribing ? (
        <p className="flex items-center gap-2" data-testid="transcribing">
          <Loader2 className="size-4 animate-spin" aria-hidden /> Writing down what you said…
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="outline" onClick={() => begin(false)} disabled={!canStart} aria-keyshortcuts="Alt+R" data-testid="record-start">
            <Mic aria-hidden /> {recordedSeconds > 0 ? "Record more" : "Record your answer"}
          </Button>
          <span className="text-xs text-muted-foreground">Alt+R records and stops · Alt+P pauses · up to {clock(MAX_RECORDING_SECONDS)} an answer</span>
        </div>
      )}

      <div role="status" className="text-sm" data-testid="voice-status">
        {status === "recording" ? <span className="sr-only">Recording. Alt+R stops.</span> : transcribing ? <span className="sr-only">Writing down what you said.</span> : note}
      </div>
      {problem ? (
        <Alert ref={problemBox} variant="destructive" data-testid="voice-error">
          <p>{problem}</p>
          {unsent ? (
            <div className="mt-2 flex flex-wrap gap-2">
              <Button type="button" size="sm" variant="outline" onClick={() => void transcribeTake(unsent)} data-testid="transcribe-retry">
                Try again
              </Button>
              <Button
                type="button"
                size="sm"
                variant="ghost"
                onClick={() => {
                  setUnsent(null);
                  setProblem(null);
                }}
                data-testid="discard-recording"
              >
                Discard the recording
              </Button>
            </div>
          ) : null}
        </Alert>
      ) : null}
    </section>
  );
}
