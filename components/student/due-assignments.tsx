// The student's "Due" section: their classes' assignments with a live countdown, attempts used,
// best score, and a Start (or Continue) button. Late attempts are marked.
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Countdown } from "@/components/assignments/countdown";
import { LocalTime } from "@/components/assignments/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { StartAssignmentButton } from "./start-assignment-button";
import type { StateAction } from "@/lib/actions/result";
import type { AssignmentStatus } from "@/lib/assignments/progress";

export type DueAssignment = {
  id: string;
  title: string;
  className: string;
  what: string;
  instructions: string;
  opensAt: string;
  dueAt: string;
  maxAttempts: number | null;
  attempts: number;
  bestScore: number | null;
  status: AssignmentStatus;
  late: boolean;
  openSessionId: string | null;
  /** The best completed attempt, for its report. */
  reportSessionId: string | null;
};

export function DueAssignments({ items, serverNow, start }: { items: DueAssignment[]; serverNow: string; start: StateAction }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="due-heading" className="grid gap-3" data-testid="due-assignments">
      <h2 id="due-heading" className="text-lg font-semibold">
        Due
      </h2>
      {items.map((a) => (
        <DueCard key={a.id} a={a} serverNow={serverNow} start={start} />
      ))}
    </section>
  );
}

function DueCard({ a, serverNow, start }: { a: DueAssignment; serverNow: string; start: StateAction }) {
  const upcoming = new Date(serverNow).getTime() < new Date(a.opensAt).getTime();
  const attemptsLeft = a.maxAttempts === null || a.attempts < a.maxAttempts;
  return (
    <Card className="grid gap-3 p-4 sm:grid-cols-[1fr_auto] sm:items-center" data-testid="due-assignment" data-title={a.title} data-status={a.status}>
      <div className="grid min-w-0 gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <p className="font-medium">{a.title}</p>
          {a.status === "COMPLETED" ? <Badge variant="success">Completed</Badge> : null}
          {a.late ? (
            <Badge variant="warning" data-testid="due-late">
              Late
            </Badge>
          ) : null}
        </div>
        <p className="text-sm text-muted-foreground">
          {a.className} · {a.what}
        </p>
        <p className="text-sm">
          <Countdown opensAt={a.opensAt} dueAt={a.dueAt} serverNow={serverNow} testId="due-countdown" />{" "}
          <span className="text-muted-foreground">
            (<LocalTime iso={a.dueAt} />)
          </span>
        </p>
        <p className="text-sm text-muted-foreground" data-testid="due-attempts">
          Attempts: {a.attempts}
          {a.maxAttempts === null ? "" : ` of ${a.maxAttempts}`} · best score {a.bestScore === null ? "—" : `${a.bestScore}/100`}
        </p>
        {a.instructions ? <p className="whitespace-pre-wrap text-sm">{a.instructions}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2 sm:justify-end">
        {a.reportSessionId && a.status === "COMPLETED" ? (
          <Button asChild variant="outline" size="sm">
            <Link href={`/report/${a.reportSessionId}`}>
              Report<span className="sr-only"> of {a.title}</span>
            </Link>
          </Button>
        ) : null}
        {a.openSessionId ? (
          <Button asChild size="sm">
            <Link href={`/interview/${a.openSessionId}`} data-testid="due-continue">
              Continue <ArrowRight aria-hidden />
              <span className="sr-only"> {a.title}</span>
            </Link>
          </Button>
        ) : upcoming ? null : attemptsLeft ? (
          <StartAssignmentButton assignmentId={a.id} title={a.title} again={a.status === "COMPLETED"} start={start} />
        ) : (
          <p className="text-sm text-muted-foreground">No attempts left</p>
        )}
      </div>
    </Card>
  );
}
