"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type ActionResult, keptValue, type StateAction } from "@/lib/actions/result";

/** The owner adds a co-instructor by the e-mail of their instructor account; a refused address stays in the field. */
export function StaffInviteForm({ batchId, action }: { batchId: string; action: StateAction }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  return (
    <form action={formAction} className="grid gap-3" data-testid="add-assistant">
      <input type="hidden" name="batchId" value={batchId} />
      <div className="grid max-w-md gap-2">
        <Label htmlFor="assistant-email">Their instructor account's e-mail</Label>
        <Input
          id="assistant-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={keptValue(state, "email")}
          key={state && !state.ok ? `kept-${state.values?.email}` : "fresh"}
          aria-invalid={state && !state.ok ? true : undefined}
          aria-describedby="add-assistant-message"
          data-testid="assistant-email"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending} data-testid="add-assistant-submit">
          {pending ? "Adding…" : "Add as assistant"}
        </Button>
        <span id="add-assistant-message">
          <FormMessage ok={state?.ok} message={state?.message} testId="add-assistant-message" />
        </span>
      </div>
    </form>
  );
}
