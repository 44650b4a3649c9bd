"use client";
// The job description: pasted into a plain textarea with a live character count against the
// limit, checked here with the server action's schema, saved or deleted (asked first).
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult, FormAction, StateAction } from "@/lib/actions/result";
import { MAX_JOB_DESCRIPTION_CHARS } from "@/lib/documents/limits";
import { jobDescriptionTextSchema, plainText } from "@/lib/documents/validation";
import { formatDayTime } from "../format";
import { CharCount } from "./char-count";
import { DeleteDocumentButton } from "./delete-document-button";

export type JobDescriptionView = { state: "none" } | { state: "saved"; text: string; chars: number; updatedAt: string } | { state: "unreadable"; message: string };

type Props = { jobDescription: JobDescriptionView; save: StateAction; remove: FormAction };

export function JobDescriptionForm({ jobDescription, save, remove }: Props) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(save, null);
  const savedText = jobDescription.state === "saved" ? jobDescription.text : "";
  const [text, setText] = useState(savedText);
  // After a save (the text as stored) or a delete (nothing), the box shows what is saved.
  useEffect(() => setText(savedText), [savedText]);
  // Saving disables the button, which drops keyboard focus: once saved, it goes back there.
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state?.ok) saveButton.current?.focus();
  }, [state]);
  const [clientProblem, setClientProblem] = useState<string | null>(null);
  const count = plainText(text).length;
  const problem = clientProblem ?? (!pending && state && !state.ok ? state.message : null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault(); // run the action here, so a refused text stays as typed
    const parsed = jobDescriptionTextSchema.safeParse(text);
    const here = parsed.success ? null : (parsed.error.issues[0]?.message ?? "Check the text and try again.");
    setClientProblem(here);
    if (!here) {
      const data = new FormData(event.currentTarget);
      startTransition(() => action(data));
    }
  }

  return (
    <div className="grid gap-3" data-testid="job-description-section" data-state={jobDescription.state}>
      {jobDescription.state === "saved" ? (
        <p className="text-sm" role="status" data-testid="job-description-saved">
          <span className="font-medium">Saved</span> · {jobDescription.chars.toLocaleString("en")} characters · {formatDayTime(jobDescription.updatedAt)} UTC
        </p>
      ) : null}
      {jobDescription.state === "unreadable" ? (
        <p role="alert" className="text-sm text-destructive">
          {jobDescription.message}
        </p>
      ) : null}
      <form action={action} onSubmit={onSubmit} noValidate className="grid gap-3" data-testid="job-description-form">
        <Label htmlFor="job-description-text">Paste the job description (the advert or posting)</Label>
        <Textarea
          id="job-description-text"
          name="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          className="min-h-48"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "job-description-count job-description-error" : "job-description-count"}
          data-testid="job-description-text"
        />
        <CharCount count={count} max={MAX_JOB_DESCRIPTION_CHARS} id="job-description-count" testId="job-description-count" />
        {problem ? (
          <p id="job-description-error" role="alert" className="text-sm text-destructive" data-testid="job-description-error">
            {problem}
          </p>
        ) : (
          <FormMessage ok={state?.ok} message={pending ? undefined : state?.message} testId="job-description-message" />
        )}
        <div className="flex flex-wrap gap-2">
          <Button ref={saveButton} type="submit" disabled={pending} data-testid="job-description-save">
            {pending ? "Saving…" : "Save job description"}
          </Button>
        </div>
      </form>
      {jobDescription.state !== "none" ? (
        <div>
          <DeleteDocumentButton action={remove} what="job description" testId="job-description" />
        </div>
      ) : null}
    </div>
  );
}
