"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { type ActionResult, keptValue, type StateAction } from "@/lib/actions/result";
import { MAX_INVITES } from "@/lib/email/invitations";

/** E-mails the class code to a pasted list of addresses (owner only; shown when e-mail is on). */
export function InviteStudentsForm({ invite, batchId }: { invite: StateAction<unknown>; batchId: string }) {
  const [state, action, pending] = useActionState<ActionResult<unknown> | null, FormData>(invite, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="grid gap-2" noValidate data-testid="invite-form">
      <input type="hidden" name="batchId" value={batchId} />
      <Label htmlFor="invite-addresses">Invite students by e-mail</Label>
      <p id="invite-hint" className="text-sm text-muted-foreground">
        One address per line, up to {MAX_INVITES}. Each gets the class code and a link to sign up; nobody joins until they type the code.
      </p>
      <Textarea
        id="invite-addresses"
        name="addresses"
        rows={4}
        className="min-h-24"
        placeholder={"ana@example.com\nbo@example.com"}
        defaultValue={keptValue(state, "addresses")}
        aria-describedby="invite-hint"
        aria-invalid={failed?.field === "addresses" ? true : undefined}
        data-testid="invite-addresses"
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending} data-testid="invite-submit">
          {pending ? "Sending…" : "Send invitations"}
        </Button>
        <FormMessage ok={state?.ok} message={state?.message} testId="invite-message" />
      </div>
    </form>
  );
}
