"use client";
// The rounds of a loop as the student picks them: each proposed round ticked, in the proposed
// order; untick to drop one, move it up or down, and set its length. The ticked ones are sent
// in order as hidden `roundKind` / `roundCount` fields (lib/job-practice/loop-setup.ts reads them).
import { ArrowDown, ArrowUp } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { Round } from "@/lib/job-practice/rounds";
import { MAX_QUESTIONS, MIN_QUESTIONS } from "@/lib/job-practice/setup";

export type PickedRound = { round: Round; included: boolean; questionCount: string };

/** `errorId`: the form's error line, named by the list while it is about the rounds. */
export function RoundPicker({ rounds, onChange, errorId }: { rounds: PickedRound[]; onChange: (rounds: PickedRound[]) => void; errorId?: string }) {
  const update = (i: number, change: Partial<PickedRound>) => onChange(rounds.map((r, k) => (k === i ? { ...r, ...change } : r)));
  // After a move, keyboard focus follows the round (its row re-renders elsewhere) and the new place is announced.
  const [moved, setMoved] = useState<{ kind: string; by: -1 | 1; at: number } | null>(null);
  useEffect(() => {
    if (!moved) return;
    const id = `loop-round-${moved.kind.toLowerCase()}`;
    const same = document.getElementById(`${id}-${moved.by < 0 ? "up" : "down"}`) as HTMLButtonElement | null;
    const other = document.getElementById(`${id}-${moved.by < 0 ? "down" : "up"}`) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  }, [moved]);
  const move = (i: number, by: -1 | 1) => {
    const next = [...rounds];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
    setMoved({ kind: rounds[i]!.round.kind, by, at: Date.now() });
  };
  // Said as the list shows it: the place among the rounds picked (an unticked one has no number).
  const picked = rounds.filter((r) => r.included);
  const movedRound = moved ? rounds.find((r) => r.round.kind === moved.kind) : undefined;
  const announcement = !movedRound
    ? ""
    : movedRound.included
      ? `${movedRound.round.title} is now round ${picked.indexOf(movedRound) + 1} of ${picked.length}.`
      : `${movedRound.round.title} moved; it is not in the loop.`;
  let place = 0;
  return (
    <fieldset className="grid gap-3" aria-describedby={["loop-rounds-hint", errorId].filter(Boolean).join(" ")} data-testid="loop-rounds">
      <legend className="text-sm font-medium">Rounds, in order</legend>
      <p id="loop-rounds-hint" className="text-xs text-muted-foreground">
        Proposed for this role and level. Untick a round to skip it, move rounds to change the order, and set how many questions each asks ({MIN_QUESTIONS}–{MAX_QUESTIONS}).
      </p>
      <p className="sr-only" aria-live="polite" data-testid="loop-round-moved">
        {announcement}
      </p>
      <ol className="grid gap-2">
        {rounds.map((r, i) => {
          const id = `loop-round-${r.round.kind.toLowerCase()}`;
          if (r.included) place++;
          return (
            <li
              key={r.round.kind}
              className="grid min-w-0 gap-2 rounded-md border p-3 sm:grid-cols-[1fr_auto]"
              data-testid="loop-round"
              data-kind={r.round.kind}
              data-included={r.included}
            >
              <div className="flex min-w-0 items-start gap-3">
                <input
                  id={id}
                  type="checkbox"
                  className="mt-1 size-4 shrink-0"
                  checked={r.included}
                  onChange={(e) => update(i, { included: e.target.checked })}
                  data-testid="loop-round-include"
                />
                <div className="min-w-0">
                  <label htmlFor={id} className="font-medium">
                    {r.included ? `${place}. ` : ""}
                    {r.round.title}
                  </label>
                  <p className="text-sm text-muted-foreground">{r.round.about}</p>
                </div>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <label htmlFor={`${id}-count`} className="text-sm">
                  Questions<span className="sr-only"> in {r.round.title}</span>
                </label>
                <Input
                  id={`${id}-count`}
                  type="number"
                  inputMode="numeric"
                  min={MIN_QUESTIONS}
                  max={MAX_QUESTIONS}
                  className="w-20"
                  value={r.questionCount}
                  disabled={!r.included}
                  onChange={(e) => update(i, { questionCount: e.target.value })}
                  data-testid="loop-round-count"
                />
                <Button
                  id={`${id}-up`}
                  type="button"
                  variant="outline"
                  size="icon"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={`Move ${r.round.title} up`}
                  data-testid="loop-round-up"
                >
                  <ArrowUp className="size-4" aria-hidden />
                </Button>
                <Button
                  id={`${id}-down`}
                  type="button"
                  variant="outline"
                  size="icon"
                  disabled={i === rounds.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`Move ${r.round.title} down`}
                  data-testid="loop-round-down"
                >
                  <ArrowDown className="size-4" aria-hidden />
                </Button>
              </div>
              {r.included ? (
                <>
                  <input type="hidden" name="roundKind" value={r.round.kind} />
                  <input type="hidden" name="roundCount" value={r.questionCount} />
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
