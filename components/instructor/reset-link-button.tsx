"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult, StateAction } from "@/lib/actions/result";

type Link = { link: string; expiresAt: string };

/**
 * Makes a one-time password-reset link for a student who cannot get in, shown once to copy and
 * give them (it is not stored anywhere we can show it again; a new one replaces it).
 */
export function ResetLinkButton({ create, batchId, studentId, studentName }: { create: StateAction<Link>; batchId: string; studentId: string; studentName: string }) {
  const [state, action, pending] = useActionState<ActionResult<Link> | null, FormData>(create, null);
  const made = state?.ok ? state.data : undefined;
  const link = made ? new URL(made.link, typeof window === "undefined" ? "http://localhost" : window.location.origin).toString() : "";
  return (
    <form action={action} className="grid gap-2" data-testid="reset-link-form">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="studentId" value={studentId} />
      <p className="text-sm text-muted-foreground">
        If {studentName} cannot log in, make a password-reset link and give it to them yourself. It works once, for 24 hours; making a new one cancels the old.
      </p>
      <div>
        <Button type="submit" size="sm" variant="outline" disabled={pending} data-testid="reset-link-create">
          {pending ? "Creating…" : "Create a reset link"}
        </Button>
      </div>
      {made ? (
        <div className="grid gap-1">
          <label htmlFor="reset-link" className="text-sm font-medium">
            Reset link (shown once; expires {new Date(made.expiresAt).toLocaleString()})
          </label>
          <input
            id="reset-link"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
            className="w-full min-w-0 rounded-md border bg-muted px-2 py-1 font-mono text-xs"
            data-testid="reset-link"
          />
        </div>
      ) : (
        <FormMessage ok={state?.ok} message={state?.message} testId="reset-link-message" />
      )}
    </form>
  );
}
