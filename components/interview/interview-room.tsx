"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Loader2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { StateAction } from "@/lib/actions/result";
import type { SpeechPrefs } from "@/lib/speech/preferences";
import { ReadAloud } from "./read-aloud";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Progress } from "@/components/ui/progress";
import { Textarea } from "@/components/ui/textarea";
import type { InterviewView } from "@/lib/interview/view";
import { MAX_ANSWER_CHARS } from "@/lib/domain";
import { kindDisplay } from "@/lib/questions/kind";
import { EndInterviewButton } from "./end-interview-button";
import { PendingQuestion } from "./pending-question";
import { ApiError, fetchView, postAnswer } from "./interview-api";
import { useDraft } from "./use-draft";
import { LazyCodePanel } from "./code/lazy-code-panel";
import { codePart, forgetCodeDraft, type PanelCode } from "./code/room-code";
import { useSpokenDraft } from "./voice/use-spoken-draft";
import { VoiceAnswer } from "./voice/voice-answer";
import { AutoSubmitBar } from "./voice/auto-submit-bar";
import { appendTranscript } from "@/lib/speech/recording";
import { speechMessages } from "@/lib/speech/limits";
import type { ReactNode } from "react";

/**
 * `speech`: how questions are read aloud (the student's saved setting, whether a server voice is
 * configured), whether the server transcribes spoken answers, and the recorder's settings.
 */
type Speech = { prefs: SpeechPrefs; serverVoice: boolean; save: StateAction; serverTranscription: boolean; recorderSettings?: ReactNode };

export function InterviewRoom({ initial, speech }: { initial: InterviewView; speech: Speech }) {
  const id = initial.sessionId;
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: view } = useQuery({
    queryKey: ["interview", id],
    queryFn: () => fetchView(id),
    initialData: initial,
    // Poll only while the server is working without us (grading after a reload, preparing).
    refetchInterval: (q) => (q.state.data?.status === "IN_PROGRESS" && !q.state.data.pending ? 2000 : false),
  });
  const pending = view.pending;
  const [draft, setDraft] = useDraft(id, pending?.turn);
  // A coding turn: the code (per language) beside the explanation typed in the answer box.
  const codeSpec = pending?.code ?? null;
  const [panelCode, setCode] = useState<PanelCode | null>(null);
  const code = panelCode && panelCode.turn === pending?.turn ? panelCode : null; // never a previous turn's
  // A transcript can arrive long after its recording stopped: it joins the draft as it is then.
  const draftNow = useRef(draft);
  draftNow.current = draft;
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false); // stops a double click before React re-renders
  const [streamed, setStreamed] = useState("");
  // `field`: the answer itself is the problem (empty), so the field is marked invalid.
  const [error, setError] = useState<{ message: string; stale: boolean; field?: boolean } | null>(null);
  const [ending, setEnding] = useState(false); // the End request is in flight: no submitting meanwhile
  const answerRef = useRef<HTMLTextAreaElement>(null);
  // The status region starts empty and is filled after hydration, so a screen reader announces
  // "Grading…"/"Preparing…" when the page is opened or reloaded in that state.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [reading, setReading] = useState(false);
  const [voiceBusy, setVoiceBusy] = useState<"recording" | "transcribing" | null>(null);
  const voice = useSpokenDraft(id, pending?.turn, () => void submit());

  useEffect(() => {
    if (view.status !== "IN_PROGRESS") router.replace(`/report/${id}`);
  }, [view.status, id, router]);

  // Focus the answer box when a new turn arrives, not on every re-render of the same turn. The box
  // is described by the question, so focusing it reads the new question out; if it kept focus
  // (Ctrl+Enter), blur first so the screen reader announces it again.
  const pendingTurn = pending?.turn;
  const hasCode = useRef(false);
  hasCode.current = codeSpec !== null;
  useEffect(() => {
    const box = answerRef.current;
    if (pendingTurn === undefined || !box) return;
    if (document.activeElement === box) box.blur();
    // On a coding turn the box is below the editor: keep the question in view.
    box.focus({ preventScroll: hasCode.current });
  }, [pendingTurn]);

  async function submit() {
    voice.cancelAutoSubmit();
    if (inFlight.current || ending || !pending) return;
    if (voiceBusy) return setError({ message: voiceBusy === "recording" ? speechMessages.stopFirst : speechMessages.waitForTranscript, stale: false });
    if (!draft.trim()) {
      const message = codeSpec
        ? "Explain your approach in the box below your code: the idea and its complexity."
        : "Write an answer first — if you are not sure, say what you do know.";
      setError({ message, stale: false, field: true });
      answerRef.current?.focus();
      return;
    }
    inFlight.current = true;
    setBusy(true);
    setError(null);
    setStreamed("");
    try {
      const answer = { text: draft, ...(voice.spoken ? { spoken: voice.spoken } : {}), ...codePart(codeSpec, code) };
      const next = await postAnswer(id, pending.turn, answer, setStreamed);
      setDraft("");
      if (codeSpec) forgetCodeDraft(id, pending.turn);
      voice.forget();
      queryClient.setQueryData(["interview", id], next);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, "Something went wrong. Your answer is still here — try again.");
      setError({ message: err.message, stale: err.status === 409 });
    } finally {
      inFlight.current = false;
      setBusy(false);
      setStreamed("");
    }
  }

  // Main questions only: a follow-up belongs to the question it probes.
  const questionNumber = Math.max(1, view.mainAsked);
  const progressLabel = view.progressLabel;
  const progressValue = view.questionCount
    ? (Math.min(view.mainAsked - (pending ? 1 : 0), view.questionCount) / view.questionCount) * 100
    : (view.turnsAnswered / view.maxTurns) * 100;
  // `view.ending`: the End came from another tab or before a reload; the report is being written.
  const statusText =
    ending || view.ending
      ? "Ending the interview…"
      : busy
        ? "Thinking about your answer…"
        : !pending
          ? view.processing
            ? "Grading your last answer…"
            : "Preparing your interview…"
          : voice.autoSubmit !== null
            ? "Submitting your answer in a few seconds. Press Escape to check it first."
            : "";
  return (
    <div className="mx-auto grid max-w-3xl gap-6" data-testid="interview-room">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <p className="text-sm text-muted-foreground">{view.labels.kind}</p>
          <h1 className="break-words text-2xl font-bold tracking-tight">{view.topicName}</h1>
          {view.labels.subtitle ? (
            <p className="text-sm text-muted-foreground" data-testid="interview-subtitle">
              {view.labels.subtitle}
            </p>
          ) : null}
        </div>
        <EndInterviewButton
          sessionId={id}
          answered={view.turnsAnswered}
          unsentDraft={draft.trim().length > 0 || (codeSpec !== null && !!code?.typed)}
          disabled={busy}
          onEndingChange={setEnding}
          onEnded={(v) => queryClient.setQueryData(["interview", id], v)}
        />
      </div>

      <div className="grid gap-2">
        <div className="flex justify-between text-sm text-muted-foreground">
          <span data-testid="progress-label">{progressLabel}</span>
          <span data-testid="answered-count">{view.turnsAnswered} answered</span>
        </div>
        <Progress value={progressValue} aria-label={`${progressLabel}; ${view.turnsAnswered} answered`} />
      </div>

      <ReadAloud
        sessionId={id}
        question={pending && !busy ? { turn: pending.turn, text: pending.question } : null}
        initial={speech.prefs}
        serverVoice={speech.serverVoice}
        save={speech.save}
        onReading={setReading}
      />

      {view.lastFeedback ? (
        <Alert data-testid="last-feedback">
          <p className="font-medium">Feedback on your last answer ({view.lastFeedback.score}/100)</p>
          <p className="mt-1 text-muted-foreground">{view.lastFeedback.feedback}</p>
        </Alert>
      ) : null}

      {/* Status only: the question itself is read from the answer box's description, so it is
          not in the reading order twice. */}
      <div role="status" className="sr-only" data-testid="interview-status">
        {hydrated ? statusText : ""}
      </div>

      {busy || !pending ? (
        <Card data-testid="thinking">
          <CardContent className="flex items-start gap-3 p-6">
            <Loader2 className="mt-0.5 size-5 shrink-0 animate-spin text-primary" aria-hidden />
            <div className="grid gap-1">
              <p className="font-medium">
                {view.ending
                  ? "Ending the interview and writing your report…"
                  : busy
                    ? "Thinking about your answer…"
                    : view.processing
                      ? "Grading your last answer…"
                      : "Preparing your interview…"}
              </p>
              {streamed ? (
                <p className="text-muted-foreground" data-testid="streamed-text">
                  {streamed}
                </p>
              ) : null}
            </div>
          </CardContent>
        </Card>
      ) : (
        <PendingQuestion pending={pending} questionNumber={questionNumber} />
      )}

      <form
        className="grid gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {/* The code first: the recorder and the box below it are for the explanation. */}
        {codeSpec ? <LazyCodePanel key={pending?.turn} sessionId={id} turn={pending?.turn ?? 0} spec={codeSpec} readOnly={busy || ending} onCode={setCode} /> : null}
        <VoiceAnswer
          sessionId={id}
          turn={pending && !busy && !ending ? pending.turn : null}
          serverTranscription={speech.serverTranscription}
          language={view.setup?.language}
          recordedSeconds={voice.spoken?.durationSeconds ?? 0}
          reading={reading}
          handsFree={voice.handsFree}
          onHandsFreeChange={voice.setHandsFree}
          onRecordingStart={voice.cancelAutoSubmit}
          onBusyChange={setVoiceBusy}
          onTranscript={(text, part, fromHandsFree) => {
            setDraft(appendTranscript(draftNow.current, text));
            voice.addPart(part, fromHandsFree);
            if (error && !error.stale) setError(null);
            // On a phone the box is below the recorder: bring the words into view to be checked.
            requestAnimationFrame(() => {
              answerRef.current?.focus({ preventScroll: true });
              answerRef.current?.scrollIntoView({ block: "center" });
            });
          }}
          settings={speech.recorderSettings}
        />
        <Label htmlFor="answer">{codeSpec ? "Your explanation" : "Your answer"}</Label>
        <Textarea
          id="answer"
          ref={answerRef}
          value={draft}
          onChange={(e) => {
            setDraft(e.target.value);
            voice.cancelAutoSubmit();
            if (!e.target.value.trim() && voice.spoken) voice.forget();
            if (error?.field && e.target.value.trim()) setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
          readOnly={busy || ending}
          disabled={!pending}
          maxLength={MAX_ANSWER_CHARS}
          placeholder={kindDisplay(pending?.questionKind).answerPlaceholder}
          aria-invalid={error?.field ? true : undefined}
          aria-errormessage={error?.field ? "answer-error" : undefined}
          aria-describedby={[error?.field ? "answer-error" : "", pending ? "interview-question" : "", "answer-hint"].filter(Boolean).join(" ")}
          rows={8}
          data-testid="answer-input"
        />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p id="answer-hint" className="text-xs text-muted-foreground">
            Ctrl+Enter (⌘+Enter on a Mac) submits · {draft.length.toLocaleString()}/{MAX_ANSWER_CHARS.toLocaleString()} characters · your draft is saved on this device
          </p>
          <Button type="submit" disabled={busy || ending || !pending || voiceBusy !== null} data-testid="submit-answer">
            {busy ? "Submitting…" : "Submit answer"}
          </Button>
        </div>
        {voice.autoSubmit !== null ? <AutoSubmitBar seconds={voice.autoSubmit} onCancel={voice.cancelAutoSubmit} /> : null}
        {error ? (
          <Alert variant="destructive" id="answer-error" data-testid="interview-error">
            <p>{error.message}</p>
            {error.stale ? (
              <Button type="button" variant="outline" size="sm" className="mt-2" onClick={() => window.location.reload()}>
                Reload the interview
              </Button>
            ) : null}
          </Alert>
        ) : null}
      </form>
    </div>
  );
}
