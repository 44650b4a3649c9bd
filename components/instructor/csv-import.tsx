"use client";
import { Upload } from "lucide-react";
import { startTransition, useActionState, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import type { CsvImportData } from "@/lib/actions/data";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { MAX_CSV_BYTES, tooLargeMessage } from "@/lib/csv/limits";
import type { TopicMode } from "@/lib/csv/questions";
import { importSummary } from "@/lib/csv/summary";
import { CsvPreviewResult } from "./csv-preview";

/** Upload → preview (nothing written) → import the previewed rows in one transaction. */
export function CsvImport({ topicId, topicName, importCsv }: { topicId: string; topicName: string; importCsv: StateAction<CsvImportData> }) {
  const [state, action, pending] = useActionState<ActionResult<CsvImportData> | null, FormData>(importCsv, null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  // The instructor's choices for this file; both reset when another file is chosen.
  const [topicMode, setTopicMode] = useState<TopicMode | null>(null);
  const [keepSeparate, setKeepSeparate] = useState<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const data = state?.ok ? state.data : undefined;
  const preview = data?.preview;

  // A choice changes what is added (and what repeats what), so the preview is read again with it.
  const previewWith = (mode: TopicMode | null, separate: string[]) => {
    const data = new FormData(formRef.current!);
    data.set("intent", "preview");
    if (mode) data.set("topicMode", mode);
    data.delete("keepSeparate");
    for (const into of separate) data.append("keepSeparate", into);
    startTransition(() => action(data));
  };
  return (
    <Card data-testid="csv-import">
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          Upload a question bank (CSV)
        </CardTitle>
        <CardDescription>
          Columns are found by name: <code>question</code>, <code>difficulty</code> (easy/medium/hard or 1/2/3), <code>reference_answer</code>, <code>key_points</code> (separated
          by ; or |), <code>kind</code> (concept, behavioural or code; blank is concept), and optionally <code>topic</code> (or <code>category</code>): the preview asks whether its
          values become topics or every row goes into this topic. Coding rows also need <code>language</code>, <code>starter_code</code> and <code>tests</code> (JSON in one cell),
          and may have <code>reference_solution</code>, <code>entry</code>, <code>time_limit_ms</code> and <code>memory_limit_mb</code>. Excel exports in any encoding work.{" "}
          <a href="/api/question-template" className="text-primary underline underline-offset-4" download>
            Download the template
          </a>
          .
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          ref={formRef}
          className="grid gap-4"
          onSubmit={(e) => {
            // Not the `action` prop: React resets such forms after the action, which would drop
            // the chosen file between Preview and Import. The pressed button says which it is.
            e.preventDefault();
            const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
            startTransition(() => action(data));
          }}
        >
          <input type="hidden" name="topicId" value={topicId} />
          {/* What was previewed is what is imported: the choices go with both buttons. */}
          {topicMode ? <input type="hidden" name="topicMode" value={topicMode} /> : null}
          {keepSeparate.map((into) => (
            <input key={into} type="hidden" name="keepSeparate" value={into} />
          ))}
          <div className="grid gap-2">
            <Label htmlFor="csv-file">CSV file (up to 2 MB, 5,000 rows)</Label>
            <input
              id="csv-file"
              name="file"
              type="file"
              accept=".csv,.tsv,.txt,text/csv"
              required
              onChange={(e) => {
                const file = e.target.files?.[0];
                setFileName(file?.name ?? null);
                setTopicMode(null);
                setKeepSeparate([]);
                // Said before uploading: nothing is sent, and the message names the limit.
                setTooLarge(file && file.size > MAX_CSV_BYTES ? tooLargeMessage(file.size) : null);
              }}
              className="text-sm file:mr-3 file:rounded-md file:border file:border-input file:bg-secondary file:px-3 file:py-1.5 file:text-sm file:text-secondary-foreground"
              data-testid="csv-file"
            />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" name="intent" value="preview" variant="outline" disabled={pending || !fileName || !!tooLarge} data-testid="csv-preview">
              <Upload aria-hidden /> {pending ? "Reading…" : "Preview"}
            </Button>
            {preview && preview.toAdd.length > 0 ? (
              <Button type="submit" name="intent" value="commit" disabled={pending} data-testid="csv-commit">
                Import {preview.toAdd.length} question{preview.toAdd.length === 1 ? "" : "s"}
                {preview.errors.length ? ` (skip ${preview.errors.length} row${preview.errors.length === 1 ? "" : "s"} with errors)` : ""}
              </Button>
            ) : null}
          </div>
        </form>

        <div aria-live="polite" className="mt-4 grid gap-3">
          {tooLarge ? (
            <Alert variant="destructive" data-testid="csv-message">
              {tooLarge}
            </Alert>
          ) : state?.message ? (
            <Alert variant={state.ok ? "success" : "destructive"} data-testid="csv-message">
              {state.message}
            </Alert>
          ) : null}
          {data?.committed ? (
            <Alert variant="success" data-testid="csv-committed">
              {importSummary(data.committed.placed)}
            </Alert>
          ) : null}
          {preview ? (
            <CsvPreviewResult
              preview={preview}
              topicName={topicName}
              pending={pending}
              keepSeparate={keepSeparate}
              onTopicMode={(mode) => {
                setTopicMode(mode);
                previewWith(mode, keepSeparate);
              }}
              onKeepSeparate={(into, separate) => {
                const next = separate ? [...keepSeparate.filter((k) => k !== into), into] : keepSeparate.filter((k) => k !== into);
                const mode = preview.topicColumn?.mode ?? topicMode;
                setKeepSeparate(next);
                setTopicMode(mode);
                previewWith(mode, next);
              }}
            />
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
