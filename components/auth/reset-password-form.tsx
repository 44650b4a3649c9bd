"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { PASSWORD_MIN } from "@/lib/auth/account-rules";
import { FormField } from "./form-field";

export function ResetPasswordForm({ reset, token }: { reset: StateAction; token: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(reset, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="grid gap-4" noValidate data-testid="reset-form">
      {failed && !failed.fieldErrors ? (
        <Alert variant="destructive" data-testid="reset-error">
          {failed.message}
        </Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <FormField
        label={`New password (at least ${PASSWORD_MIN} characters)`}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        required
        errors={failed?.fieldErrors?.password ?? failed?.fieldErrors?.token}
        data-testid="reset-password"
      />
      <FormField label="New password again" name="confirm" type="password" autoComplete="new-password" required errors={failed?.fieldErrors?.confirm} data-testid="reset-confirm" />
      <Button type="submit" disabled={pending} data-testid="reset-submit">
        {pending ? "Saving…" : "Set the new password"}
      </Button>
    </form>
  );
}
