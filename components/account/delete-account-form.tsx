"use client";
import { FormField } from "@/components/auth/form-field";
import type { StateAction } from "@/lib/actions/result";
import { AccountForm } from "./account-form";

/** The last step: type the account's e-mail and password. What happens is said above it, on the page. */
export function DeleteAccountForm({ remove }: { remove: StateAction }) {
  return (
    <AccountForm action={remove} submitLabel="Delete my account" pendingLabel="Deleting…" destructive testId="delete-account-form">
      {(errors) => (
        <>
          <FormField
            label="Type your email to confirm"
            name="confirmEmail"
            type="email"
            autoComplete="off"
            required
            errors={errors.confirmEmail}
            data-testid="delete-confirm-email"
          />
          <FormField label="Your password" name="password" type="password" autoComplete="current-password" required errors={errors.password} data-testid="delete-password" />
        </>
      )}
    </AccountForm>
  );
}
