"use client";
import { Upload } from "lucide-react";
import { startTransition, useActionState, useState } from "react";
import { importCsvAction, type ImportState } from "@/app/(instructor)/instructor/question-actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { MAX_CSV_BYTES, tooLargeMessage } from "@/lib/csv/limits";

/** Upload → preview (nothing written) → import the previewed rows in one transaction. */
export function CsvImport({ topicId, topicName }: { topicId: string; topicName: string }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importCsvAction, {});
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const preview = state.preview;
  return (
    <Card data-testid="csv-import">
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          Upload a question bank (CSV)
        </CardTitle>
        <CardDescription>
          Columns are found by name: <code>question</code>, <code>difficulty</code> (easy/medium/hard or 1/2/3), <code>reference_answer</code>, <code>key_points</code> (separated
          by ; or |), and optionally <code>topic</code>. Excel exports in any encoding work.{" "}
          <a href="/api/question-template" className="text-primary underline underline-offset-4" download>
            Download the template
          </a>
          .
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
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
          ) : state.message ? (
            <Alert variant={state.ok ? "success" : "destructive"} data-testid="csv-message">
              {state.message}
            </Alert>
          ) : null}
          {state.committed ? (
            <Alert variant="success" data-testid="csv-committed">
              Imported {state.committed.added} question{state.committed.added === 1 ? "" : "s"} into {topicName}
              {state.committed.createdTopics.length ? ` and new locked topics: ${state.committed.createdTopics.join(", ")}` : ""}.
            </Alert>
          ) : null}
          {preview ? <PreviewTable preview={preview} /> : null}
        </div>
      </CardContent>
    </Card>
  );
}

function PreviewTable({ preview }: { preview: NonNullable<ImportState["preview"]> }) {
  return (
    <div className="grid gap-3 text-sm" data-testid="csv-preview-result">
      <p>
        <strong data-testid="csv-count-add">{preview.toAdd.length}</strong> to add · <strong data-testid="csv-count-duplicates">{preview.duplicates.length}</strong> duplicates
        skipped · <strong data-testid="csv-count-errors">{preview.errors.length}</strong> rows with errors · read as {preview.encoding}
        {preview.columns.ignored.length ? ` · ignored columns: ${preview.columns.ignored.join(", ")}` : ""}
        {preview.newTopics.length ? ` · new topics: ${preview.newTopics.join(", ")}` : ""}
      </p>
      {preview.errors.length > 0 ? (
        <div>
          <p className="font-medium text-destructive">Rows to fix</p>
          <ul className="mt-1 grid gap-1" data-testid="csv-errors">
            {preview.errors.map((e) => (
              <li key={e.line}>
                Line {e.line}: {e.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.duplicates.length > 0 ? (
        <details>
          <summary className="cursor-pointer">Duplicates ({preview.duplicates.length})</summary>
          <ul className="mt-1 grid gap-1">
            {preview.duplicates.map((d) => (
              <li key={d.line}>
                Line {d.line}: “{d.text.slice(0, 80)}” — {d.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.toAdd.length > 0 ? (
        <div className="max-h-72 overflow-auto rounded-md border">
          <table className="w-full">
            <thead className="sticky top-0 bg-muted text-left text-muted-foreground">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">
                  Line
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  Question
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  Difficulty
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  Answer / key points
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.toAdd.slice(0, 200).map((q) => (
                <tr key={q.line} className="border-t align-top">
                  <td className="px-2 py-1">{q.line}</td>
                  <td className="px-2 py-1">
                    {q.text}
                    {q.topic ? <span className="block text-xs text-muted-foreground">→ {q.topic}</span> : null}
                  </td>
                  <td className="px-2 py-1">{q.difficulty.toLowerCase()}</td>
                  <td className="px-2 py-1 text-muted-foreground">
                    {q.referenceAnswer ? "answer" : "—"}
                    {q.keyPoints.length ? ` · ${q.keyPoints.length} points` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
