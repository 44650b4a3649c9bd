"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type ActionResult, keptValue, type StateAction } from "@/lib/actions/result";
import { FormField } from "./form-field";

export function LoginForm({ login, next }: { login: StateAction; next?: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(login, null);
  // A refused form field shows its message under the field; anything else above the form.
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="grid gap-4" noValidate data-testid="login-form">
      {failed && !failed.fieldErrors ? (
        <Alert variant="destructive" data-testid="login-error">
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
        data-testid="login-email"
      />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" required errors={failed?.fieldErrors?.password} data-testid="login-password" />
      <Link href="/forgot-password" className="-mt-2 justify-self-end text-sm text-primary underline underline-offset-4" data-testid="forgot-link">
        Forgot password?
      </Link>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Button type="submit" disabled={pending} data-testid="login-submit">
        {pending ? "Logging in…" : "Log in"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        New here?{" "}
        <Link href="/signup" className="text-primary underline underline-offset-4">
          Create an account
        </Link>
      </p>
    </form>
  );
}
