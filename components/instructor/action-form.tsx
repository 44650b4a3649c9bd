"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { cn } from "@/lib/utils";

type Props = {
  action: StateAction<unknown>;
  submitLabel: string;
  pendingLabel?: string;
  className?: string;
  testId?: string;
  children: React.ReactNode;
};

/** A form bound to a server action that answers an ActionResult; shows its message. */
export function ActionForm({ action, submitLabel, pendingLabel = "Saving…", className, testId, children }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  return (
    <form action={formAction} className={cn("grid gap-3", className)} data-testid={testId}>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} size="sm" data-testid={testId ? `${testId}-submit` : undefined}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        <FormMessage ok={state?.ok} message={state?.message} testId={testId ? `${testId}-message` : undefined} />
      </div>
    </form>
  );
}
