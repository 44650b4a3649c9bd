"use client";
import { Button } from "@/components/ui/button";
import type { Verdict } from "@/lib/domain";
import { VerdictBadge } from "./verdict-badge";

export type RecentAnswer = { turnId: string; answer: string; verdict: Verdict; score: number };

const CLIP = 220;

/** Students' latest graded answers to this question that are not examples yet, each can be copied into the form to grade. */
export function RecentAnswers({ answers, picked, full, onPick }: { answers: RecentAnswer[]; picked: Set<string>; full: boolean; onPick: (a: RecentAnswer) => void }) {
  if (answers.length === 0) return null;
  return (
    <details className="rounded-md border p-3" data-testid="recent-answers">
      <summary className="cursor-pointer text-sm font-medium">Recent student answers ({answers.length}): grade one of these instead</summary>
      <ul className="mt-3 grid gap-2">
        {answers.map((a) => (
          <li key={a.turnId} className="grid min-w-0 gap-2 rounded-md bg-muted p-3 text-sm" data-testid="recent-answer">
            <p className="whitespace-pre-wrap break-words">{a.answer.length > CLIP ? `${a.answer.slice(0, CLIP).trimEnd()}…` : a.answer}</p>
            <div className="flex flex-wrap items-center gap-3">
              <span className="flex items-center gap-1 text-muted-foreground">
                The grader said <VerdictBadge verdict={a.verdict} score={a.score} />
              </span>
              <Button type="button" variant="outline" size="sm" disabled={picked.has(a.turnId) || full} onClick={() => onPick(a)} data-testid="recent-pick">
                {picked.has(a.turnId) ? "In the form" : "Grade this answer"}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
