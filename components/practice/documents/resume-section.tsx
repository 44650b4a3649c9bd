"use client";
// The resume part of the documents page: upload a file; check the text we read from it and fix
// it ("Use this text"); once confirmed, its length and date with Edit text, Replace file, Delete.
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormAction, StateAction } from "@/lib/actions/result";
import { MAX_RESUME_CHARS } from "@/lib/documents/limits";
import { formatDayTime } from "../format";
import { DeleteDocumentButton } from "./delete-document-button";
import { ResumeEditor } from "./resume-editor";
import { ResumeUpload } from "./resume-upload";

export type ResumeView =
  | { state: "none" }
  | { state: "draft" | "confirmed"; text: string; fileName: string | null; chars: number; updatedAt: string }
  /** Saved, but its text cannot be read now (no key, or a changed one): it can only be deleted or replaced. */
  | { state: "unreadable"; message: string };

type Props = { resume: ResumeView; confirm: StateAction; remove: FormAction };
type Mode = "view" | "edit" | "replace" | "paste";

const CHECK_TEXT = "Check the text we read from your file. Fix anything we got wrong, then save it.";

export function ResumeSection({ resume, confirm, remove }: Props) {
  const [mode, setMode] = useState<Mode>("view");
  const [truncated, setTruncated] = useState(false);
  const version = resume.state === "draft" || resume.state === "confirmed" ? `${resume.state}:${resume.updatedAt}` : resume.state;
  const section = useRef<HTMLDivElement>(null);
  const shownFirst = useRef(version);
  // A new upload, a save or a delete (the page's data changed) ends any editing. The control that
  // was used is gone with its panel, so keyboard focus moves to the new panel's first control.
  useEffect(() => {
    setMode("view");
    if (version === shownFirst.current) return;
    const first = section.current?.querySelector<HTMLElement>("textarea, button, input");
    (first ?? section.current)?.focus();
  }, [version]);

  const view = panelFor(resume, mode);
  const back = () => setMode("view");
  const upload = <ResumeUpload onUploaded={(r) => setTruncated(r.truncated)} onCancel={mode === "replace" ? back : undefined} />;

  return (
    <div ref={section} tabIndex={-1} className="grid gap-4 outline-none" data-testid="resume-section" data-state={resume.state}>
      {view === "upload" ? (
        <>
          {resume.state === "unreadable" ? <Alert variant="destructive">{resume.message}</Alert> : null}
          {upload}
          {resume.state === "none" ? (
            <p className="text-sm text-muted-foreground">
              No file at hand?{" "}
              <Button type="button" variant="link" className="h-auto p-0" onClick={() => setMode("paste")} data-testid="resume-paste">
                Paste the text instead
              </Button>
            </p>
          ) : null}
          {resume.state === "unreadable" ? <DeleteDocumentButton action={remove} what="resume" testId="resume" /> : null}
        </>
      ) : null}

      {view === "paste" ? <ResumeEditor initialText="" confirm={confirm} intro="Paste the text of your resume, then save it." onCancel={back} autoFocus /> : null}

      {view === "check" && resume.state === "draft" ? (
        <>
          {truncated ? <Alert data-testid="resume-truncated">Your file was long: we kept its first {MAX_RESUME_CHARS.toLocaleString("en")} characters.</Alert> : null}
          <ResumeEditor initialText={resume.text} confirm={confirm} intro={CHECK_TEXT} />
          <div className="flex flex-wrap gap-2 border-t pt-4">
            <Button type="button" variant="outline" size="sm" onClick={() => setMode("replace")} data-testid="resume-replace">
              Replace file
            </Button>
            <DeleteDocumentButton action={remove} what="resume" testId="resume" />
          </div>
        </>
      ) : null}

      {view === "edit" && resume.state === "confirmed" ? (
        <ResumeEditor initialText={resume.text} confirm={confirm} intro="Edit your resume's text, then save it." onCancel={back} />
      ) : null}

      {view === "summary" && resume.state === "confirmed" ? (
        <div className="grid gap-3" data-testid="resume-confirmed">
          <p className="text-sm">
            <span className="font-medium">Checked and saved</span> · {resume.chars.toLocaleString("en")} characters · {formatDayTime(resume.updatedAt)} UTC
            {resume.fileName ? <span className="block break-all text-muted-foreground">From {resume.fileName}</span> : null}
          </p>
          <p className="text-sm text-muted-foreground">Your job-practice loops can use it for questions about your own experience.</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" size="sm" onClick={() => setMode("edit")} data-testid="resume-edit">
              Edit text
            </Button>
            <Button type="button" variant="outline" size="sm" onClick={() => setMode("replace")} data-testid="resume-replace">
              Replace file
            </Button>
            <DeleteDocumentButton action={remove} what="resume" testId="resume" />
          </div>
        </div>
      ) : null}
    </div>
  );
}

/** Which panel shows, from what is saved and what the student chose. */
function panelFor(resume: ResumeView, mode: Mode): "upload" | "paste" | "check" | "edit" | "summary" {
  if (mode === "replace" || resume.state === "none" || resume.state === "unreadable") return mode === "paste" && resume.state === "none" ? "paste" : "upload";
  if (resume.state === "draft") return "check";
  return mode === "edit" ? "edit" : "summary";
}
