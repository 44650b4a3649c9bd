"use client";
// The student's own choice: hide from a class's leaderboard (nobody else sees them on it), or come back.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult, StateAction } from "@/lib/actions/result";

export function LeaderboardVisibility({ batchId, batchName, hidden, setVisibility }: { batchId: string; batchName: string; hidden: boolean; setVisibility: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(setVisibility, null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="hidden" value={hidden ? "false" : "true"} />
      <Button type="submit" size="sm" variant={hidden ? "default" : "outline"} disabled={pending} data-testid="leaderboard-visibility">
        {hidden ? "Show me on the leaderboard" : "Hide me from the leaderboard"}
        <span className="sr-only"> of {batchName}</span>
      </Button>
      <FormMessage ok={state?.ok} message={state?.message} testId="leaderboard-visibility-message" />
    </form>
  );
}
