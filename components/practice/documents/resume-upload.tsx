"use client";
// Uploading a resume file: checked for size here with the server's limit, sent as raw bytes to
// POST /api/documents/resume, and on success the page reloads its data to show the text read.
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { documentFormMessages, documentMessages, MAX_RESUME_BYTES } from "@/lib/documents/limits";

export const RESUME_ACCEPT = ".pdf,.docx,.txt,.md";

type Props = {
  /** Called after a successful upload with what the server said (before the page refreshes). */
  onUploaded?: (result: { chars: number; truncated: boolean }) => void;
  onCancel?: () => void;
};

async function messageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: string };
    return body.message ?? documentFormMessages.uploadFailed;
  } catch {
    return documentFormMessages.uploadFailed;
  }
}

export function ResumeUpload({ onUploaded, onCancel }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setProblem(documentFormMessages.noFileChosen);
    if (file.size > MAX_RESUME_BYTES) return setProblem(documentMessages.tooLarge);
    if (file.size === 0) return setProblem(documentMessages.empty);
    setProblem(null);
    setBusy(true);
    try {
      const response = await fetch("/api/documents/resume", {
        method: "POST",
        headers: { "content-type": "application/octet-stream", "x-file-name": encodeURIComponent(file.name) },
        body: file,
      });
      if (!response.ok) {
        setProblem(await messageOf(response));
        // The button was disabled while sending, which drops focus: put it back on the file field.
        input.current?.focus();
        return;
      }
      onUploaded?.((await response.json()) as { chars: number; truncated: boolean });
      if (input.current) input.current.value = "";
      router.refresh();
    } catch {
      setProblem(documentFormMessages.uploadFailed);
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3" data-testid="resume-upload">
      <div className="grid gap-2">
        <Label htmlFor="resume-file">Resume file (PDF, Word .docx or plain text, up to 2 MB)</Label>
        <Input
          ref={input}
          id="resume-file"
          name="file"
          type="file"
          accept={RESUME_ACCEPT}
          className="h-auto py-1.5"
          onChange={() => setProblem(null)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "resume-upload-error" : undefined}
          data-testid="resume-file"
        />
      </div>
      {problem ? (
        <p id="resume-upload-error" role="alert" className="text-sm text-destructive" data-testid="resume-upload-error">
          {problem}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy} data-testid="resume-upload-submit">
          {busy ? "Reading your file…" : "Upload and read"}
        </Button>
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel} data-testid="resume-upload-cancel">
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
