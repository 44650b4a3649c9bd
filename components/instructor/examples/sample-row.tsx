"use client";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { VERDICTS, type Verdict } from "@/lib/domain";
import { DEFAULT_SCORE, MAX_EXAMPLE_ANSWER_CHARS } from "@/lib/grading-examples/validation";

export type DraftRow = { key: number; answer: string; verdict: Verdict | ""; score: string; turnId: string | null };
type Field = "answer" | "verdict" | "score";

/** One sample answer: the text, the instructor's verdict and an optional score. Field names are rows.<i>.<field>. */
export function SampleRow({ row, index, errors, onChange }: { row: DraftRow; index: number; errors: Partial<Record<Field, string>>; onChange: (row: DraftRow) => void }) {
  const id = (f: string) => `sample-${row.key}-${f}`;
  const name = (f: string) => `rows.${index}.${f}`;
  const errorId = (f: Field) => (errors[f] ? id(`${f}-error`) : undefined);
  return (
    <fieldset className="grid min-w-0 gap-3 rounded-md border p-3" data-testid="sample-row">
      <legend className="px-1 text-sm font-medium">Answer {index + 1}</legend>
      {row.turnId ? <input type="hidden" name={name("turnId")} value={row.turnId} /> : null}
      <div className="grid gap-1">
        <Label htmlFor={id("answer")} className="sr-only">
          Answer {index + 1}
        </Label>
        <Textarea
          id={id("answer")}
          name={name("answer")}
          value={row.answer}
          // Emptied, a picked answer is no longer the student's: it is offered again.
          onChange={(e) => onChange({ ...row, answer: e.target.value, turnId: e.target.value.trim() ? row.turnId : null })}
          maxLength={MAX_EXAMPLE_ANSWER_CHARS}
          placeholder="An answer a student might give"
          className="min-h-24"
          aria-invalid={!!errors.answer}
          aria-describedby={errorId("answer")}
          data-testid="sample-answer"
        />
        {row.turnId ? <p className="text-xs text-muted-foreground">A student&apos;s answer (it stays linked to it unless you edit the text).</p> : null}
        <FieldError id={errorId("answer")} message={errors.answer} />
      </div>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <fieldset className="grid gap-1" aria-describedby={errorId("verdict")}>
          <legend className="text-sm font-medium">Your verdict</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {VERDICTS.map((v) => (
              <label key={v} className="flex items-center gap-1.5 text-sm">
                <input
                  type="radio"
                  name={name("verdict")}
                  value={v}
                  checked={row.verdict === v}
                  onChange={() => onChange({ ...row, verdict: v })}
                  className="size-4 accent-primary"
                  data-testid={`sample-verdict-${v.toLowerCase()}`}
                />
                {v.toLowerCase()}
              </label>
            ))}
          </div>
          <FieldError id={errorId("verdict")} message={errors.verdict} />
        </fieldset>
        <div className="grid gap-1">
          <Label htmlFor={id("score")}>Score (optional)</Label>
          <Input
            id={id("score")}
            name={name("score")}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={row.score}
            onChange={(e) => onChange({ ...row, score: e.target.value })}
            placeholder={row.verdict ? String(DEFAULT_SCORE[row.verdict]) : "0–100"}
            className="w-28"
            aria-invalid={!!errors.score}
            aria-describedby={errorId("score")}
            data-testid="sample-score"
          />
          <FieldError id={errorId("score")} message={errors.score} />
        </div>
      </div>
    </fieldset>
  );
}

function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-sm text-destructive" data-testid="sample-error">
      {message}
    </p>
  );
}
