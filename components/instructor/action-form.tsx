"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(instructor)/instructor/action-support";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type Props = {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel?: string;
  className?: string;
  testId?: string;
  children: React.ReactNode;
};

/** A form bound to a server action that answers { ok, message }; shows the message, keeps input. */
export function ActionForm({ action, submitLabel, pendingLabel = "Saving…", className, testId, children }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, {});
  return (
    <form action={formAction} className={cn("grid gap-3", className)} data-testid={testId}>
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} size="sm" data-testid={testId ? `${testId}-submit` : undefined}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        {state.message ? (
          <p role={state.ok ? "status" : "alert"} className={cn("text-sm", state.ok ? "text-success" : "text-destructive")} data-testid={testId ? `${testId}-message` : undefined}>
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
