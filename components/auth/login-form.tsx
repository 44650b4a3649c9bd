"use client";
import Link from "next/link";
import { useActionState } from "react";
import { loginAction, type AuthFormState } from "@/app/(auth)/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "./form-field";

export function LoginForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<AuthFormState, FormData>(loginAction, {});
  return (
    <form action={action} className="grid gap-4" noValidate data-testid="login-form">
      {state.error ? (
        <Alert variant="destructive" data-testid="login-error">
          {state.error}
        </Alert>
      ) : null}
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
        data-testid="login-email"
      />
      <FormField label="Password" name="password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} data-testid="login-password" />
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
