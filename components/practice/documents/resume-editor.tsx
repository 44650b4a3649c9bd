"use client";
// The correction view: the text read from the student's file, in a plain textarea (never
// rendered as HTML), to fix before it is used. Checked here with the server action's schema.
import { type FormEvent, startTransition, useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { MAX_RESUME_CHARS } from "@/lib/documents/limits";
import { plainText, resumeTextSchema } from "@/lib/documents/validation";
import { CharCount } from "./char-count";

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
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(confirm, null);
  const [text, setText] = useState(initialText);
  const [clientProblem, setClientProblem] = useState<string | null>(null);
  const count = plainText(text).length;
  const problem = clientProblem ?? (!pending && state && !state.ok ? state.message : null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault(); // run the action here, so a refused text stays as typed
    const parsed = resumeTextSchema.safeParse(text);
    const here = parsed.success ? null : (parsed.error.issues[0]?.message ?? "Check the text and try again.");
    setClientProblem(here);
    if (!here) {
      const data = new FormData(event.currentTarget);
      startTransition(() => action(data));
    }
  }

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid gap-3" data-testid="resume-editor">
      <Label htmlFor="resume-text">{intro}</Label>
      <Textarea
        id="resume-text"
        name="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={14}
        spellCheck
        autoFocus={autoFocus}
        className="min-h-64 font-mono text-xs sm:text-sm"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? "resume-count resume-error" : "resume-count"}
        data-testid="resume-text"
      />
      <CharCount count={count} max={MAX_RESUME_CHARS} id="resume-count" testId="resume-count" />
      {problem ? (
        <p id="resume-error" role="alert" className="text-sm text-destructive" data-testid="resume-error">
          {problem}
        </p>
      ) : (
        <FormMessage ok={state?.ok} message={pending ? undefined : state?.message} testId="resume-message" />
      )}
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
