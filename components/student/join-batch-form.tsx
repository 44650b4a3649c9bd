"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type ActionResult, keptValue, type StateAction } from "@/lib/actions/result";

/** `code` pre-fills the box (the link in a class invitation e-mail carries it); the student still presses Join. */
export function JoinBatchForm({ join, code }: { join: StateAction; code?: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(join, null);
  return (
    <form action={action} className="grid gap-2" data-testid="join-form">
      <Label htmlFor="class-code">Join a class</Label>
      <div className="flex gap-2">
        <Input
          id="class-code"
          name="code"
          placeholder="e.g. K7PQM-3XW9D"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={keptValue(state, "code") ?? code}
          aria-describedby={state?.message ? "join-message" : undefined}
          className="max-w-48 uppercase placeholder:normal-case"
          data-testid="join-code"
        />
        <Button type="submit" disabled={pending} data-testid="join-submit">
          {pending ? "Joining…" : "Join"}
        </Button>
      </div>
      {state?.message ? (
        <Alert id="join-message" variant={state.ok ? "success" : "destructive"} data-testid="join-message">
          {state.message}
        </Alert>
      ) : null}
    </form>
  );
}
