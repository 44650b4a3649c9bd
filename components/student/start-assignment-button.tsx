"use client";
import { Play } from "lucide-react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult, StateAction } from "@/lib/actions/result";

/** Starts an attempt at an assignment; a refusal (not open yet, no attempts left…) is shown beside it. */
export function StartAssignmentButton({ assignmentId, title, again, start }: { assignmentId: string; title: string; again: boolean; start: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(start, null);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <Button type="submit" size="sm" disabled={pending} data-testid="due-start">
        <Play aria-hidden /> {pending ? "Preparing…" : again ? "Try again" : "Start"}
        <span className="sr-only"> {title}</span>
      </Button>
      {state?.message ? (
        <p role="alert" className="text-sm text-destructive" data-testid="due-start-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
