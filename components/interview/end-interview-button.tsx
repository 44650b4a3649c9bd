"use client";
import { useState } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { InterviewView } from "@/lib/interview/view";
import { ApiError, postEnd } from "./interview-api";

export function EndInterviewButton({ sessionId, answered, disabled, onEnded }: { sessionId: string; answered: number; disabled: boolean; onEnded: (view: InterviewView) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [ending, setEnding] = useState(false);
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
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant="outline" disabled={disabled || ending} data-testid="end-interview">
            {ending ? "Ending…" : "End interview"}
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogTitle>End the interview now?</AlertDialogTitle>
          <AlertDialogDescription>
            {answered > 0
              ? `Your report will cover the ${answered} question${answered === 1 ? "" : "s"} you answered. You cannot add answers afterwards.`
              : "You have not answered anything yet, so there will be no report."}
          </AlertDialogDescription>
          <AlertDialogFooter>
            <AlertDialogCancel data-testid="end-cancel">Keep going</AlertDialogCancel>
            <AlertDialogAction onClick={() => void end()} data-testid="end-confirm">
              End interview
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
