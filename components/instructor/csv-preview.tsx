"use client";
// What a CSV preview found: the column mapping, where rows go when the file has a topic
// column (with the instructor's choice), look-alike topic names, repeated questions, errors.
import type { CsvPreview, TopicMode } from "@/lib/csv/questions";
import { describeColumns } from "@/lib/csv/columns";
import { Alert } from "@/components/ui/alert";
import { Label } from "@/components/ui/label";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { CsvPreviewTable } from "./csv-preview-table";

type Props = {
  preview: CsvPreview;
  topicName: string;
  pending: boolean;
  keepSeparate: string[];
  onTopicMode: (mode: TopicMode) => void;
  onKeepSeparate: (into: string, separate: boolean) => void;
};

const rows = (n: number) => `${n.toLocaleString("en")} row${n === 1 ? "" : "s"}`;

export function CsvPreviewResult({ preview, topicName, pending, keepSeparate, onTopicMode, onKeepSeparate }: Props) {
  const conflicts = preview.duplicates.filter((d) => d.conflict);
  const plainDuplicates = preview.duplicates.filter((d) => !d.conflict);
  return (
    <div className="grid gap-3 text-sm" data-testid="csv-preview-result">
      <p data-testid="csv-columns">
        <span className="font-medium">Columns:</span> {describeColumns(preview.columns)}
      </p>
      <p>
        <strong data-testid="csv-count-add">{preview.toAdd.length}</strong> to add · <strong data-testid="csv-count-duplicates">{preview.duplicates.length}</strong> duplicates
        skipped · <strong data-testid="csv-count-errors">{preview.errors.length}</strong> rows with errors · read as {preview.encoding}
      </p>
      {preview.topicColumn ? (
        <TopicChoice preview={preview} topicName={topicName} pending={pending} keepSeparate={keepSeparate} onTopicMode={onTopicMode} onKeepSeparate={onKeepSeparate} />
      ) : (
        <p data-testid="csv-destination">All rows go into “{topicName}”.</p>
      )}
      {conflicts.length > 0 ? (
        <Alert data-testid="csv-conflicts">
          <p className="font-medium">Repeated questions with a different difficulty</p>
          <ul className="mt-1 grid gap-1">
            {conflicts.map((d) => (
              <li key={d.line}>
                Line {d.line} “{d.text.slice(0, 80)}”: {d.reason}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
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
      {plainDuplicates.length > 0 ? (
        <details>
          <summary className="cursor-pointer">Duplicates ({plainDuplicates.length})</summary>
          <ul className="mt-1 grid gap-1">
            {plainDuplicates.map((d) => (
              <li key={d.line}>
                Line {d.line}: “{d.text.slice(0, 80)}” — {d.firstLine ? `Repeats line ${d.firstLine}.` : d.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.toAdd.length > 0 ? <CsvPreviewTable rows={preview.toAdd} /> : null}
    </div>
  );
}

/** Names as written, spaces kept visible: "Operating  Systems" must not look like "Operating Systems". */
function Names({ names, separator }: { names: string[]; separator: string }) {
  return names.map((n, i) => (
    <span key={n}>
      {i > 0 ? separator : ""}“<span className="whitespace-pre-wrap">{n}</span>”
    </span>
  ));
}

function TopicChoice({ preview, topicName, pending, keepSeparate, onTopicMode, onKeepSeparate }: Props) {
  const column = preview.topicColumn!;
  const byColumn = column.mode === "by-column";
  const newCount = column.values.filter((v) => !v.existing).length;
  return (
    <fieldset className="grid gap-2 rounded-md border p-3" data-testid="csv-topic-choice">
      <legend className="px-1 font-medium">
        The file has a “{column.header}” column ({column.values.length + column.moreValues} values). Where should its rows go?
      </legend>
      <RadioGroup value={column.mode} onValueChange={(v) => onTopicMode(v as TopicMode)} disabled={pending} aria-label="Where rows go">
        <div className="flex items-start gap-2">
          <RadioGroupItem value="by-column" id="csv-mode-by-column" className="mt-0.5" data-testid="csv-topic-mode-by-column" />
          <Label htmlFor="csv-mode-by-column" className="font-normal leading-snug">
            Create or fill one topic per {column.header} value
            {newCount ? ` (${newCount} new topic${newCount === 1 ? "" : "s"}, locked until you unlock them)` : ""}
          </Label>
        </div>
        <div className="flex items-start gap-2">
          <RadioGroupItem value="this-topic" id="csv-mode-this-topic" className="mt-0.5" data-testid="csv-topic-mode-this-topic" />
          <Label htmlFor="csv-mode-this-topic" className="font-normal leading-snug">
            Put every row into this topic, “{topicName}”
          </Label>
        </div>
      </RadioGroup>
      <p className="text-muted-foreground" data-testid="csv-destination">
        {byColumn
          ? `Rows go into: ${column.values.map((v) => `${v.name} (${rows(v.rows)}${v.existing ? "" : ", new"})`).join(", ")}${column.moreValues ? ` and ${column.moreValues} more topics` : ""}. Rows with an empty ${column.header} go into “${topicName}”.`
          : `All rows go into “${topicName}”; the ${column.header} column is not used.`}
      </p>
      {byColumn && column.nearDuplicates.length > 0 ? (
        <ul className="grid gap-2" data-testid="csv-near-duplicates">
          {column.nearDuplicates.map((d) => (
            <li key={`${d.kind}:${d.into}`} className="rounded-md border border-dashed p-2" data-testid="csv-near-duplicate">
              {d.kind === "case-or-spacing" ? (
                <>
                  <Names names={d.names} separator=", " /> differ only in case or spacing: they go into one topic, “{d.into}”.
                </>
              ) : (
                <label className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    className="mt-1"
                    checked={!keepSeparate.includes(d.into)}
                    disabled={pending}
                    onChange={(e) => onKeepSeparate(d.into, !e.target.checked)}
                    data-testid="csv-merge"
                  />
                  <span>
                    <Names names={d.names} separator=" and " /> look like the same topic ({rows(d.rows)}). Merge them into “{d.into}”.
                  </span>
                </label>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
