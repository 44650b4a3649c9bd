"use client";
import { Play } from "lucide-react";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult, StateAction } from "@/lib/actions/result";

export function StartInterviewButton({ topicId, topicName, start }: { topicId: string; topicName: string; start: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(start, null);
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="topicId" value={topicId} />
      <Button type="submit" size="sm" disabled={pending} data-testid="start-interview">
        <Play aria-hidden /> {pending ? "Preparing…" : "Start interview"}
        <span className="sr-only"> on {topicName}</span>
      </Button>
      {state?.message ? (
        <p role="alert" className="text-sm text-destructive">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
