"use client";
import { FormField } from "@/components/auth/form-field";
import type { StateAction } from "@/lib/actions/result";
import { PERSON_NAME_MAX } from "@/lib/auth/account-rules";
import { AccountForm } from "./account-form";

export function ProfileForm({ rename, name }: { rename: StateAction; name: string }) {
  return (
    <AccountForm action={rename} submitLabel="Save name" testId="account-name-form">
      {(errors) => (
        <FormField label="Your name" name="name" autoComplete="name" maxLength={PERSON_NAME_MAX} defaultValue={name} required errors={errors.name} data-testid="account-name" />
      )}
    </AccountForm>
  );
}
