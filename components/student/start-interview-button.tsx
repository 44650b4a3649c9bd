"use client";
import { Play } from "lucide-react";
import { useActionState } from "react";
import { startInterviewAction, type StartState } from "@/app/(student)/student/actions";
import { Button } from "@/components/ui/button";

export function StartInterviewButton({ topicId, topicName }: { topicId: string; topicName: string }) {
  const [state, action, pending] = useActionState<StartState, FormData>(startInterviewAction, {});
  return (
    <form action={action} className="grid gap-2">
      <input type="hidden" name="topicId" value={topicId} />
      <Button type="submit" size="sm" disabled={pending} data-testid="start-interview">
        <Play aria-hidden /> {pending ? "Preparing…" : "Start interview"}
        <span className="sr-only"> on {topicName}</span>
      </Button>
      {state.message ? (
        <p role="alert" className="text-sm text-destructive">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
