"use client";
import { FormField } from "@/components/auth/form-field";
import type { StateAction } from "@/lib/actions/result";
import { PASSWORD_MIN } from "@/lib/auth/account-rules";
import { AccountForm } from "./account-form";

export function PasswordForm({ change }: { change: StateAction }) {
  return (
    <AccountForm action={change} submitLabel="Change password" testId="account-password-form">
      {(errors) => (
        <>
          <FormField
            label="Current password"
            name="current"
            type="password"
            autoComplete="current-password"
            required
            errors={errors.current}
            data-testid="account-current-password"
          />
          <FormField
            label={`New password (at least ${PASSWORD_MIN} characters)`}
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN}
            required
            errors={errors.password}
            data-testid="account-new-password"
          />
          <FormField
            label="New password again"
            name="confirm"
            type="password"
            autoComplete="new-password"
            required
            errors={errors.confirm}
            data-testid="account-confirm-password"
          />
        </>
      )}
    </AccountForm>
  );
}
