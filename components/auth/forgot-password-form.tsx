"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type ActionResult, keptValue, type StateAction } from "@/lib/actions/result";
import { FormField } from "./form-field";

export function ForgotPasswordForm({ request }: { request: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(request, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="grid gap-4" noValidate data-testid="forgot-form">
      {state?.ok ? (
        <Alert variant="success" data-testid="forgot-sent">
          {state.message}
        </Alert>
      ) : null}
      {failed && !failed.fieldErrors ? (
        <Alert variant="destructive" data-testid="forgot-error">
          {failed.message}
        </Alert>
      ) : null}
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={keptValue(state, "email")}
        errors={failed?.fieldErrors?.email}
        data-testid="forgot-email"
      />
      <Button type="submit" disabled={pending} data-testid="forgot-submit">
        {pending ? "Sending…" : "Send me a reset link"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        Remembered it?{" "}
        <Link href="/login" className="text-primary underline underline-offset-4">
          Log in
        </Link>
      </p>
    </form>
  );
}
