"use client";
// The job description: pasted into a plain textarea with a live character count against the
// limit, checked here with the server action's schema, saved or deleted (asked first).
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import type { FormAction, StateAction } from "@/lib/actions/result";
import { MAX_JOB_DESCRIPTION_CHARS } from "@/lib/documents/limits";
import { jobDescriptionTextSchema } from "@/lib/documents/validation";
import { formatDayTime } from "../format";
import { CheckedTextField, useCheckedText } from "./checked-text";
import { DeleteDocumentButton } from "./delete-document-button";

export type JobDescriptionView = { state: "none" } | { state: "saved"; text: string; chars: number; updatedAt: string } | { state: "unreadable"; message: string };

type Props = { jobDescription: JobDescriptionView; save: StateAction; remove: FormAction };

export function JobDescriptionForm({ jobDescription, save, remove }: Props) {
  const savedText = jobDescription.state === "saved" ? jobDescription.text : "";
  const form = useCheckedText(jobDescriptionTextSchema, save, savedText);
  const { state, action, pending, setText, onSubmit } = form;
  // After a save (the text as stored) or a delete (nothing), the box shows what is saved.
  useEffect(() => setText(savedText), [savedText, setText]);
  // Saving disables the button, which drops keyboard focus: once saved, it goes back there.
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state?.ok) saveButton.current?.focus();
  }, [state]);

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
        <CheckedTextField id="job-description-text" form={form} max={MAX_JOB_DESCRIPTION_CHARS} rows={10} className="min-h-48" messageTestId="job-description-message" />
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
