"use client";
import { PASSWORD_MIN } from "@/lib/auth/account-rules";
import { FormField } from "./form-field";

/** A new password typed twice, with the rule's minimum: the reset page and the account page. */
export function NewPasswordFields({ errors, testIds }: { errors: { password?: string[]; confirm?: string[] }; testIds: { password: string; confirm: string } }) {
  return (
    <>
      <FormField
        label={`New password (at least ${PASSWORD_MIN} characters)`}
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={PASSWORD_MIN}
        required
        errors={errors.password}
        data-testid={testIds.password}
      />
      <FormField label="New password again" name="confirm" type="password" autoComplete="new-password" required errors={errors.confirm} data-testid={testIds.confirm} />
    </>
  );
}
