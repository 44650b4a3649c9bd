"use client";
// Questions read aloud in the interview room: on or off, the speed, and the browser's voice,
// remembered for the student. With a server voice configured, the question is streamed from
// /api/interviews/:id/question-audio; otherwise the browser's speech synthesis reads it. Where
// neither exists, one line says so. Each new question is read once, when it appears.
import { useEffect, useRef, useState } from "react";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { StateAction } from "@/lib/actions/result";
import { speechMessages } from "@/lib/speech/limits";
import { SPEECH_RATES, type SpeechPrefs } from "@/lib/speech/preferences";

type Props = {
  sessionId: string;
  /** The question waiting for an answer (null while grading). */
  question: { turn: number; text: string } | null;
  initial: SpeechPrefs;
  serverVoice: boolean;
  save: StateAction;
  /** Told when a question starts and stops being read, so hands-free recording waits for it. */
  onReading?: (reading: boolean) => void;
};

/** Some browsers never report the end of a long utterance: past this, reading counts as over. */
const readingLimitMs = (text: string, rate: number) => ((text.split(/\s+/).length / 2.5) * 1000) / rate + 3000;

const formOf = (p: SpeechPrefs) => {
  const f = new FormData();
  f.set("readAloud", p.readAloud ? "on" : "off");
  f.set("rate", String(p.rate));
  f.set("voice", p.voice ?? "");
  return f;
};

export function ReadAloud({ sessionId, question, initial, serverVoice, save, onReading }: Props) {
  const [prefs, setPrefs] = useState(initial);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [supported, setSupported] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const audio = useRef<HTMLAudioElement>(null);
  const spokenTurn = useRef<number | null>(null);
  const reported = useRef(onReading);
  const readingTimer = useRef<number | undefined>(undefined); // the fallback end of the question being read
  reported.current = onReading;

  useEffect(() => {
    if (serverVoice) return;
    if (typeof window === "undefined" || !("speechSynthesis" in window)) return setSupported(false);
    const load = () => setVoices(window.speechSynthesis.getVoices());
    load();
    window.speechSynthesis.addEventListener("voiceschanged", load);
    return () => window.speechSynthesis.removeEventListener("voiceschanged", load);
  }, [serverVoice]);

  // Read each new question once; stop reading when it is answered or the setting is turned off.
  useEffect(() => {
    if (!prefs.readAloud || !question) {
      if (!serverVoice && typeof window !== "undefined" && "speechSynthesis" in window) window.speechSynthesis.cancel();
      audio.current?.pause();
      window.clearTimeout(readingTimer.current);
      reported.current?.(false);
      return;
    }
    if (spokenTurn.current === question.turn) return;
    spokenTurn.current = question.turn;
    reported.current?.(true);
    window.clearTimeout(readingTimer.current);
    const timer = window.setTimeout(() => reported.current?.(false), readingLimitMs(question.text, prefs.rate));
    readingTimer.current = timer;
    // Only this question's end counts: a late event from the last one must not end the next's reading.
    const done = () => {
      if (readingTimer.current !== timer) return;
      window.clearTimeout(timer);
      readingTimer.current = undefined;
      reported.current?.(false);
    };
    if (serverVoice && audio.current) {
      audio.current.src = `/api/interviews/${sessionId}/question-audio?turn=${question.turn}`;
      audio.current.playbackRate = prefs.rate;
      audio.current.onended = done;
      audio.current.play().catch(() => {
        done();
        setProblem("Your browser did not start the audio: press play, or read the question below.");
      });
      return;
    }
    if (!supported) return done();
    const utterance = new SpeechSynthesisUtterance(question.text);
    utterance.rate = prefs.rate;
    utterance.onend = done;
    utterance.onerror = done;
    const voice = voices.find((v) => v.name === prefs.voice);
    if (voice) utterance.voice = voice;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(utterance);
  }, [question, prefs, serverVoice, sessionId, supported, voices]);

  async function change(next: SpeechPrefs) {
    setPrefs(next);
    if (!next.readAloud) spokenTurn.current = null;
    const result = await save(null, formOf(next));
    setProblem(result.ok ? null : result.message);
  }

  if (!serverVoice && !supported) {
    return (
      <p className="text-xs text-muted-foreground" data-testid="read-aloud-unsupported">
        This browser cannot read questions aloud.
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm" data-testid="read-aloud">
      <label className="flex items-center gap-2">
        <input type="checkbox" className="size-4" checked={prefs.readAloud} onChange={(e) => change({ ...prefs, readAloud: e.target.checked })} data-testid="read-aloud-toggle" />
        Read questions aloud
      </label>
      {prefs.readAloud ? (
        <>
          <div className="flex items-center gap-2">
            <Label htmlFor="read-aloud-rate">Speed</Label>
            <NativeSelect
              id="read-aloud-rate"
              value={String(prefs.rate)}
              onChange={(e) => change({ ...prefs, rate: Number(e.target.value) as SpeechPrefs["rate"] })}
              className="w-24"
              data-testid="read-aloud-rate"
            >
              {SPEECH_RATES.map((r) => (
                <option key={r} value={r}>
                  {r}×
                </option>
              ))}
            </NativeSelect>
          </div>
          {!serverVoice && voices.length > 1 ? (
            <div className="flex min-w-0 items-center gap-2">
              <Label htmlFor="read-aloud-voice">Voice</Label>
              <NativeSelect
                id="read-aloud-voice"
                value={prefs.voice ?? ""}
                onChange={(e) => change({ ...prefs, voice: e.target.value || null })}
                className="max-w-56"
                data-testid="read-aloud-voice"
              >
                <option value="">Browser default</option>
                {voices.map((v) => (
                  <option key={v.name} value={v.name}>
                    {v.name}
                  </option>
                ))}
              </NativeSelect>
            </div>
          ) : null}
        </>
      ) : null}
      {serverVoice ? (
        // biome-ignore lint/a11y/useMediaCaption: it speaks the question printed just below.
        <audio
          ref={audio}
          onError={() => {
            reported.current?.(false);
            setProblem(speechMessages.speechDown);
          }}
        />
      ) : null}
      {problem ? (
        <p role="alert" className="w-full text-xs text-destructive" data-testid="read-aloud-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
