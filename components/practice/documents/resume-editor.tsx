"use client";
// The correction view: the text read from the student's file, in a plain textarea (never
// rendered as HTML), to fix before it is used. Checked here with the server action's schema.
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import type { StateAction } from "@/lib/actions/result";
import { MAX_RESUME_CHARS } from "@/lib/documents/limits";
import { resumeTextSchema } from "@/lib/documents/validation";
import { CheckedTextField, useCheckedText } from "./checked-text";

type Props = {
  initialText: string;
  confirm: StateAction;
  /** What the student is asked to do above the text. */
  intro: string;
  onCancel?: () => void;
  /** Put the caret in the text at once (the student chose to paste). */
  autoFocus?: boolean;
};

export function ResumeEditor({ initialText, confirm, intro, onCancel, autoFocus }: Props) {
  const form = useCheckedText(resumeTextSchema, confirm, initialText);
  const { action, onSubmit, pending } = form;

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid gap-3" data-testid="resume-editor">
      <Label htmlFor="resume-text">{intro}</Label>
      <CheckedTextField
        id="resume-text"
        form={form}
        max={MAX_RESUME_CHARS}
        rows={14}
        spellCheck
        autoFocus={autoFocus}
        className="min-h-64 font-mono text-xs sm:text-sm"
        messageTestId="resume-message"
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} data-testid="resume-confirm">
          {pending ? "Saving…" : "Use this text"}
        </Button>
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel} data-testid="resume-edit-cancel">
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
