"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { type ActionResult, keptValue, type StateAction } from "@/lib/actions/result";
import { PASSWORD_MIN } from "@/lib/auth/account-rules";
import { FormField } from "./form-field";

const roles = [
  { value: "STUDENT", label: "Student", hint: "Join a class and practise interviews" },
  { value: "INSTRUCTOR", label: "Instructor", hint: "Run classes and see how students do" },
] as const;

export function SignupForm({ signup }: { signup: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(signup, null);
  // A refused form field shows its message under the field; anything else above the form.
  const failed = state && !state.ok ? state : null;
  const fieldErrors = failed?.fieldErrors;
  const roleErrors = fieldErrors?.role;
  return (
    <form action={action} className="grid gap-4" noValidate data-testid="signup-form">
      {failed && !fieldErrors ? (
        <Alert variant="destructive" data-testid="signup-error">
          {failed.message}
        </Alert>
      ) : null}
      <FormField label="Name" name="name" autoComplete="name" required defaultValue={keptValue(state, "name")} errors={fieldErrors?.name} data-testid="signup-name" />
      <FormField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={keptValue(state, "email")}
        errors={fieldErrors?.email}
        data-testid="signup-email"
      />
      <FormField
        label={`Password (at least ${PASSWORD_MIN} characters)`}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        required
        errors={fieldErrors?.password}
        data-testid="signup-password"
      />
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-medium">I am a…</legend>
        <RadioGroup name="role" defaultValue={keptValue(state, "role") || "STUDENT"} aria-describedby={roleErrors ? "role-error" : undefined} className="grid-cols-2">
          {roles.map((r) => (
            <Label key={r.value} htmlFor={`role-${r.value}`} className="flex cursor-pointer items-start gap-3 rounded-md border p-3 has-[[data-state=checked]]:border-primary">
              <RadioGroupItem id={`role-${r.value}`} value={r.value} data-testid={`signup-role-${r.value.toLowerCase()}`} className="mt-0.5" />
              <span className="grid gap-1">
                <span>{r.label}</span>
                <span className="text-xs font-normal text-muted-foreground">{r.hint}</span>
              </span>
            </Label>
          ))}
        </RadioGroup>
        {roleErrors ? (
          <p id="role-error" className="text-sm text-destructive">
            {roleErrors[0]}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending} data-testid="signup-submit">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link href="/login" className="text-primary underline underline-offset-4">
          Log in
        </Link>
      </p>
    </form>
  );
}
