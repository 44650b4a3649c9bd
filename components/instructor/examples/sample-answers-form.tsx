"use client";
// The "grade a few sample answers" form. Rows live in React state and the form is sent by hand
// (not as a <form action>), so a refused save keeps every row as typed and shows each row's
// problems on that row; nothing is written unless every row is right.
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { DEFAULT_SCORE, MAX_SAMPLE_ROWS, SUGGESTED_SAMPLE_ROWS } from "@/lib/grading-examples/validation";
import { type RecentAnswer, RecentAnswers } from "./recent-answers";
import { type DraftRow, SampleRow } from "./sample-row";

const blankRow = (key: number): DraftRow => ({ key, answer: "", verdict: "", score: "", turnId: null });
// Keys (and the field ids made from them) start at 0 on the server and in the browser alike.
const freshRows = (from = 0) => Array.from({ length: SUGGESTED_SAMPLE_ROWS }, (_, i) => blankRow(from + i));

/** The message the server gave one row's field ("Answer 2: …" → "…"). */
function rowErrors(result: ActionResult | null, index: number) {
  const errors: Partial<Record<"answer" | "verdict" | "score", string>> = {};
  if (!result || result.ok) return errors;
  for (const field of ["answer", "verdict", "score"] as const) {
    const message = result.fieldErrors?.[`rows.${index}.${field}`]?.[0];
    if (message) errors[field] = message.replace(/^Answer \d+: /, "");
  }
  return errors;
}

export function SampleAnswersForm({ questionId, recent, save }: { questionId: string; recent: RecentAnswer[]; save: StateAction }) {
  const [rows, setRows] = useState<DraftRow[]>(() => freshRows());
  const nextKey = useRef(SUGGESTED_SAMPLE_ROWS);
  const newKey = () => nextKey.current++;
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();

  const update = (i: number, row: DraftRow) => setRows((rs) => rs.map((r, j) => (j === i ? row : r)));
  const pick = (answer: RecentAnswer) => {
    const key = newKey();
    setRows((rs) => {
      const empty = rs.findIndex((r) => !r.answer.trim());
      const row = { ...(empty >= 0 ? rs[empty]! : blankRow(key)), answer: answer.answer, turnId: answer.turnId };
      if (empty >= 0) return rs.map((r, j) => (j === empty ? row : r));
      return rs.length < MAX_SAMPLE_ROWS ? [...rs, row] : rs;
    });
  };

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const answer = await save(null, form);
      setResult(answer);
      if (answer.ok) {
        setRows(freshRows(nextKey.current));
        nextKey.current += SUGGESTED_SAMPLE_ROWS;
      }
    });
  }

  const picked = new Set(rows.flatMap((r) => (r.turnId ? [r.turnId] : [])));
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          Grade a few sample answers
        </CardTitle>
        <CardDescription>
          Write or paste {SUGGESTED_SAMPLE_ROWS} to {MAX_SAMPLE_ROWS} answers — a good one, a thin one, a wrong one — and grade each as you would. The grader uses them as examples
          of what you expect. An empty score means {DEFAULT_SCORE.STRONG} for strong, {DEFAULT_SCORE.SHALLOW} for shallow and {DEFAULT_SCORE.WRONG} for wrong. Empty rows are
          skipped.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <RecentAnswers answers={recent} picked={picked} full={rows.every((r) => r.answer.trim()) && rows.length >= MAX_SAMPLE_ROWS} onPick={pick} />
        <form onSubmit={submit} noValidate className="grid gap-3" data-testid="sample-form">
          <input type="hidden" name="questionId" value={questionId} />
          {rows.map((row, i) => (
            <SampleRow key={row.key} row={row} index={i} errors={rowErrors(result, i)} onChange={(r) => update(i, r)} />
          ))}
          <div className="flex flex-wrap items-center gap-3">
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={rows.length >= MAX_SAMPLE_ROWS}
              onClick={() => {
                const key = newKey();
                setRows((rs) => [...rs, blankRow(key)]);
              }}
              data-testid="sample-add"
            >
              Add another
            </Button>
            <Button type="submit" size="sm" disabled={pending} data-testid="sample-submit">
              {pending ? "Saving…" : "Save graded answers"}
            </Button>
            <FormMessage ok={result?.ok} message={result?.message} testId="sample-message" />
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
