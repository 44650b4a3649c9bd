"use client";
// The student's kept recording of a spoken answer, in their own report: a player and a Delete
// button (asked first). Once deleted the player goes and a line says so; focus moves to that line,
// since the button that had it is gone. Instructors never get this (the page passes no recording).
import { useRef, useState } from "react";
import { speechMessages } from "@/lib/speech/limits";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";

export const recordingUrl = (sessionId: string, turn: number) => `/api/interviews/${sessionId}/recordings/${turn}`;

/**
 * A browser's own recording (WebM from MediaRecorder) does not state its length, so the player
 * would show 0:00 and could not be scrubbed: seeking past the end makes the browser find it.
 */
function learnLength(audio: HTMLAudioElement) {
  if (Number.isFinite(audio.duration)) return;
  audio.addEventListener("durationchange", () => (audio.currentTime = 0), { once: true });
  audio.currentTime = Number.MAX_SAFE_INTEGER;
}

export function RecordingPlayer({ sessionId, turn, label }: { sessionId: string; turn: number; label: string }) {
  const [state, setState] = useState<"kept" | "deleting" | "deleted">("kept");
  const [problem, setProblem] = useState<string | null>(null);
  const deletedLine = useRef<HTMLParagraphElement>(null);

  async function remove() {
    setState("deleting");
    setProblem(null);
    try {
      const response = await fetch(recordingUrl(sessionId, turn), { method: "DELETE" });
      // 404: already gone (another tab) — the same outcome for the student.
      if (!response.ok && response.status !== 404) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        throw new Error(body?.message ?? "The recording could not be deleted. Try again.");
      }
      setState("deleted");
      requestAnimationFrame(() => deletedLine.current?.focus());
    } catch (error) {
      setState("kept");
      setProblem(error instanceof Error ? error.message : "The recording could not be deleted. Try again.");
    }
  }

  if (state === "deleted") {
    return (
      <p ref={deletedLine} tabIndex={-1} role="status" className="text-xs text-muted-foreground" data-testid="recording-deleted">
        Your recording of this answer was deleted.
      </p>
    );
  }
  return (
    <div className="grid gap-2 print:hidden" data-testid="recording">
      <h4 className="font-medium">Your recording</h4>
      <div className="flex flex-wrap items-center gap-3">
        {/* biome-ignore lint/a11y/useMediaCaption: the transcript is printed just above, as "Your answer". */}
        <audio
          controls
          preload="metadata"
          src={recordingUrl(sessionId, turn)}
          className="max-w-full"
          aria-label={`Your recording of ${label}`}
          onError={() => setProblem(speechMessages.recording.playFailed)}
          onLoadedMetadata={(e) => learnLength(e.currentTarget)}
        />
        <ConfirmDialog
          trigger={
            <Button type="button" variant="outline" size="sm" className="text-destructive" disabled={state === "deleting"} data-testid="delete-recording">
              Delete recording<span className="sr-only"> of {label}</span>
            </Button>
          }
          title="Delete this recording?"
          description="It is removed from the server for good. Your answer, its grade and its delivery feedback stay."
          cancelLabel="Keep it"
          confirmLabel="Delete recording"
          onConfirm={remove}
          testIds={{ dialog: "delete-recording-dialog", confirm: "delete-recording-confirm" }}
        />
      </div>
      {problem ? (
        <p role="alert" className="text-xs text-destructive" data-testid="recording-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
