"use client";
import { FormField } from "@/components/auth/form-field";
import type { StateAction } from "@/lib/actions/result";
import { NewPasswordFields } from "@/components/auth/new-password-fields";
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
          <NewPasswordFields errors={errors} testIds={{ password: "account-new-password", confirm: "account-confirm-password" }} />
        </>
      )}
    </AccountForm>
  );
}
