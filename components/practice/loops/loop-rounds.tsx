// A loop's rounds in order: each one's state, its score when done, and what to do next
// (start, resume, see the report, retake). The student can stop after any round and come back.
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { StateAction } from "@/lib/actions/result";
import type { RoundProgress } from "@/lib/job-practice/loop-progress";
import { plural } from "@/lib/plural";
import { RoundStartButton } from "./round-start-button";

const STATE = {
  done: { label: "Done", variant: "success" as const },
  "in-progress": { label: "In progress", variant: "warning" as const },
  next: { label: "Next", variant: "default" as const },
  later: { label: "Later", variant: "outline" as const },
};

export function LoopRounds({ loopId, progress, start }: { loopId: string; progress: RoundProgress[]; start: StateAction }) {
  return (
    <ol className="grid gap-3" data-testid="loop-round-list">
      {progress.map((p) => (
        <li key={p.index} className="grid min-w-0 gap-3 rounded-lg border p-4 sm:grid-cols-[1fr_auto] sm:items-center" data-testid="loop-round-row" data-state={p.state}>
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-medium">
                Round {p.index + 1}: {p.round.title}
              </h3>
              <Badge variant={STATE[p.state].variant}>{STATE[p.state].label}</Badge>
              {p.result?.score != null ? (
                <span className="text-sm font-semibold" data-testid="loop-round-score">
                  {Math.round(p.result.score)}/100
                </span>
              ) : null}
            </div>
            <p className="text-sm text-muted-foreground">
              {plural(p.round.questionCount, "question")} · {p.round.about}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            {p.open ? (
              <Button asChild size="sm" data-testid="round-resume">
                <Link href={`/interview/${p.open.sessionId}`}>Resume round {p.index + 1}</Link>
              </Button>
            ) : null}
            {p.state === "next" ? <RoundStartButton loopId={loopId} roundIndex={p.index} label={`Start round ${p.index + 1}`} roundTitle={p.round.title} start={start} /> : null}
            {p.result ? (
              <>
                <Button asChild size="sm" variant="outline" data-testid="round-report">
                  <Link href={`/report/${p.result.sessionId}`}>Round {p.index + 1} report</Link>
                </Button>
                {p.open ? null : <RoundStartButton loopId={loopId} roundIndex={p.index} label="Retake" roundTitle={p.round.title} variant="outline" start={start} />}
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
