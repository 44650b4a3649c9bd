"use client";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import type { InterviewView } from "@/lib/interview/view";
import { ApiError, postEnd } from "./interview-api";

type Props = {
  sessionId: string;
  answered: number;
  /** An answer typed but not submitted: the dialog says it will not be graded. */
  unsentDraft?: boolean;
  disabled: boolean;
  /** Told when the End request starts and settles, so the room can hold its Submit meanwhile. */
  onEndingChange?: (ending: boolean) => void;
  onEnded: (view: InterviewView) => void;
};

export function EndInterviewButton({ sessionId, answered, unsentDraft = false, disabled, onEndingChange, onEnded }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [ending, setEndingState] = useState(false);
  function setEnding(value: boolean) {
    setEndingState(value);
    onEndingChange?.(value);
  }
  async function end() {
    setEnding(true);
    setError(null);
    try {
      onEnded(await postEnd(sessionId));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : "Could not end the interview. Try again.");
    } finally {
      setEnding(false);
    }
  }
  return (
    <div className="grid justify-items-end gap-1">
      <ConfirmDialog
        trigger={
          <Button variant="outline" disabled={disabled || ending} data-testid="end-interview">
            {ending ? "Ending…" : "End interview"}
          </Button>
        }
        title="End the interview now?"
        description={
          <>
            {answered > 0
              ? `Your report will cover the ${answered} question${answered === 1 ? "" : "s"} you answered. You cannot add answers afterwards.`
              : "You have not answered anything yet, so there will be no report."}
            {unsentDraft ? <span data-testid="end-unsent-draft"> The answer you have typed but not submitted will not be graded.</span> : null}
          </>
        }
        cancelLabel="Keep going"
        confirmLabel="End interview"
        onConfirm={() => void end()}
        testIds={{ cancel: "end-cancel", confirm: "end-confirm" }}
      />
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
