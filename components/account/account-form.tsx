"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { cn } from "@/lib/utils";

type Props = {
  action: StateAction;
  submitLabel: string;
  pendingLabel?: string;
  destructive?: boolean;
  testId: string;
  /** The fields, given the last result (for each field's messages). */
  children: (errors: Record<string, string[]>) => React.ReactNode;
};

/** One account-page form: its fields, the button, and the action's answer (field messages under their fields). */
export function AccountForm({ action, submitLabel, pendingLabel = "Saving…", destructive, testId, children }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const errors: Record<string, string[]> = { ...(failed?.fieldErrors ?? {}) };
  // A refusal about one field (a wrong current password) shows under that field.
  if (failed?.field && !failed.fieldErrors) errors[failed.field] = [failed.message];
  const message = failed?.field ? undefined : state?.message;
  return (
    <form action={formAction} className="grid gap-4" noValidate data-testid={testId}>
      {children(errors)}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} variant={destructive ? "destructive" : "default"} className={cn(destructive && "sm:w-auto")} data-testid={`${testId}-submit`}>
          {pending ? pendingLabel : submitLabel}
        </Button>
        <FormMessage ok={state?.ok} message={message} testId={`${testId}-message`} />
      </div>
    </form>
  );
}
