// The job-practice page: an interview still open, the setup form, and the history — recent
// interviews, scores by role and by grading dimension. Job practice needs no class.
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import type { StateAction } from "@/lib/actions/result";
import type { JobPracticeHome, JobPracticeRecent } from "@/lib/db/queries/job-practice";
import type { LoopSummary } from "@/lib/interview/loops";
import { describeSetup } from "@/lib/job-practice/describe";
import { plural } from "@/lib/plural";
import { DimensionTrend } from "./dimension-trend";
import { formatDayTime } from "./format";
import { RoleTrends } from "./role-trends";
import { LoopList } from "./loops/loop-list";
import { SetupForm } from "./setup-form";

type Props = { data: JobPracticeHome; loops: LoopSummary[]; start: StateAction; modelConfigured: boolean };

export function PracticeHome({ data, loops, start, modelConfigured }: Props) {
  const { open, recent, byRole, dimensionTrend } = data;
  return (
    <div className="grid gap-8 *:min-w-0" data-testid="practice-home">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Job practice</h1>
        <p className="mt-1 text-muted-foreground">
          Practise for a job, not only for a class: enter the job title you are aiming for, choose the level, and answer as you would in the real interview.
        </p>
      </div>

      {open ? (
        <Card className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="practice-open">
          <div className="min-w-0">
            <p className="font-medium break-words">You have an interview in progress: {open.title}</p>
            <p className="text-sm text-muted-foreground">{plural(open.answered, "question")} answered so far. Resume it, or end it from the interview, before starting another.</p>
          </div>
          <Button asChild size="sm">
            <Link href={`/interview/${open.id}`} data-testid="practice-resume">
              Resume <ArrowRight aria-hidden />
            </Link>
          </Button>
        </Card>
      ) : null}

      <Card>
        <CardHeader>
          <CardTitle as="h2">Set up an interview</CardTitle>
          <CardDescription>Questions are chosen for the role and level; each answer is graded and the next question adapts.</CardDescription>
        </CardHeader>
        <CardContent>
          <SetupForm start={start} modelConfigured={modelConfigured} />
        </CardContent>
      </Card>

      <LoopList loops={loops} />

      <section aria-labelledby="practice-recent-heading" className="grid gap-3">
        <h2 id="practice-recent-heading" className="text-lg font-semibold">
          Your job-practice interviews
        </h2>
        {recent.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="practice-empty">
            {loops.length > 0
              ? "No single interviews yet (your loops' rounds are on their loop's page). Set one up above for scores by role and by dimension here."
              : "No job-practice interviews yet. Set one up above — your scores by role and by dimension will appear here."}
          </p>
        ) : (
          <RecentTable recent={recent} />
        )}
      </section>

      {byRole.length > 0 ? (
        <section aria-labelledby="practice-roles-heading" className="grid gap-3">
          <div>
            <h2 id="practice-roles-heading" className="text-lg font-semibold">
              Progress by role
            </h2>
            <p className="text-sm text-muted-foreground">Completed interviews for each job title, most practised first.</p>
          </div>
          <RoleTrends roles={byRole} />
        </section>
      ) : null}

      {dimensionTrend.length > 0 ? (
        <section aria-labelledby="practice-dimensions-heading" className="grid gap-3">
          <div>
            <h2 id="practice-dimensions-heading" className="text-lg font-semibold">
              Progress by dimension
            </h2>
            <p className="text-sm text-muted-foreground">How your answers score on each thing the grader looks at, across all roles.</p>
          </div>
          <DimensionTrend points={dimensionTrend} />
        </section>
      ) : null}
    </div>
  );
}

const STATUS: Record<JobPracticeRecent["status"], string> = { IN_PROGRESS: "In progress", COMPLETED: "Completed", ABANDONED: "Ended without answers" };

/** Three columns, so the table fits a phone: what and when, the result, and where to go next. */
function RecentTable({ recent }: { recent: JobPracticeRecent[] }) {
  return (
    <DataTable data-testid="practice-recent" label="List of your job-practice interviews" columns={["Interview", "Result", { label: "Open", srOnly: true }]}>
      {recent.map((s) => (
        <tr key={s.id} className="border-t" data-testid="practice-recent-row" data-status={s.status}>
          <td className="px-3 py-2">
            <span className="block font-medium break-words">{s.title}</span>
            <span className="block text-xs text-muted-foreground">{[s.setup ? describeSetup(s.setup) : "", `${formatDayTime(s.date)} UTC`].filter(Boolean).join(" · ")}</span>
          </td>
          <td className="px-3 py-2 tabular-nums">
            {s.status === "COMPLETED" && s.score !== null ? `${s.score}/100` : STATUS[s.status]}
            {s.status === "COMPLETED" && s.planned !== null && s.mainAnswered < s.planned ? (
              <span className="block text-xs text-muted-foreground" data-testid="practice-ended-early">
                ended early: {s.mainAnswered} of {s.planned}
              </span>
            ) : null}
          </td>
          <td className="px-3 py-2 text-right whitespace-nowrap">
            {s.status === "COMPLETED" ? (
              <Link className="text-primary underline underline-offset-4" href={`/report/${s.id}`}>
                Report<span className="sr-only"> for {s.title}</span>
              </Link>
            ) : s.status === "IN_PROGRESS" ? (
              <Link className="text-primary underline underline-offset-4" href={`/interview/${s.id}`}>
                Resume<span className="sr-only"> {s.title}</span>
              </Link>
            ) : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
