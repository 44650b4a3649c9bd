"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { NewPasswordFields } from "./new-password-fields";

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
      <NewPasswordFields
        errors={{ password: failed?.fieldErrors?.password ?? failed?.fieldErrors?.token, confirm: failed?.fieldErrors?.confirm }}
        testIds={{ password: "reset-password", confirm: "reset-confirm" }}
      />
      <Button type="submit" disabled={pending} data-testid="reset-submit">
        {pending ? "Saving…" : "Set the new password"}
      </Button>
    </form>
  );
}
