"use client";
// Starts (or resumes, or retakes) one round of a loop; a refusal is shown beside the button.
import { Play } from "lucide-react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult, StateAction } from "@/lib/actions/result";

export function RoundStartButton(props: { loopId: string; roundIndex: number; label: string; roundTitle: string; variant?: "default" | "outline"; start: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(props.start, null);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="loopId" value={props.loopId} />
      <input type="hidden" name="roundIndex" value={props.roundIndex} />
      <Button type="submit" size="sm" variant={props.variant ?? "default"} disabled={pending} className="w-fit" data-testid="round-start">
        <Play aria-hidden /> {pending ? "Preparing…" : props.label}
        <span className="sr-only"> ({props.roundTitle})</span>
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-destructive" data-testid="round-start-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
