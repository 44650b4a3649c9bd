import { CheckCircle2, CircleAlert, XCircle } from "lucide-react";
import type { Report, ReportQuestion } from "@/lib/interview/types";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { authorLine, graderNote } from "@/lib/grading/grader-wording";
import { questionHeading, questionLabels } from "@/lib/grading/numbering";
import { answeredLine } from "@/lib/grading/report";
import { DimensionChart } from "./dimension-chart";
import { PrintButton } from "./print-button";

const VERDICT = {
  strong: { label: "Strong", icon: CheckCircle2, variant: "success" as const },
  shallow: { label: "Shallow", icon: CircleAlert, variant: "warning" as const },
  wrong: { label: "Wrong", icon: XCircle, variant: "destructive" as const },
};

type Props = { topicName: string; studentName: string; completedAt: string | null; report: Report };

export function ReportView({ topicName, studentName, completedAt, report }: Props) {
  const labels = questionLabels(report.questions);
  const answered = answeredLine(report);
  return (
    <article className="report grid gap-8" data-testid="report">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-muted-foreground">Interview report · {studentName}</p>
          <h1 className="text-2xl font-bold tracking-tight">{topicName}</h1>
          {completedAt ? <p className="text-sm text-muted-foreground">{new Date(completedAt).toLocaleString(undefined, { dateStyle: "long", timeStyle: "short" })}</p> : null}
          {report.endedEarly ? (
            <p className="mt-1 text-sm text-muted-foreground" data-testid="ended-early">
              {answered} This report covers the questions you answered.
            </p>
          ) : null}
          <p className="mt-1 text-xs text-muted-foreground" data-testid="report-author">
            {authorLine(report.generatedBy, report.updatedAfterOverride)}
          </p>
        </div>
        <PrintButton />
      </header>

      <section className="grid gap-4 md:grid-cols-[auto_1fr]" aria-label="Scores">
        <Card className="flex flex-col items-center justify-center p-8 text-center">
          <p className="text-sm text-muted-foreground">Overall</p>
          <p className="text-5xl font-bold" data-testid="overall-score">
            {report.overallScore}
          </p>
          <p className="text-sm text-muted-foreground">out of 100</p>
        </Card>
        <Card>
          <CardContent className="grid items-center gap-4 p-4 sm:grid-cols-[1fr_auto]">
            <DimensionChart dimensions={report.dimensions} />
            <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-1">
              {Object.entries(report.dimensions).map(([k, v]) => (
                <div key={k} className="flex justify-between gap-4">
                  <dt className="capitalize text-muted-foreground">{k}</dt>
                  <dd className="font-semibold">{v}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
      </section>

      <section className="grid gap-4 md:grid-cols-3">
        <ListCard title="Strengths" items={report.strengths} testId="strengths" empty="None yet: no answer was graded strong. The action plan shows what to add." />
        <ListCard title="To work on" items={report.weaknesses} testId="weaknesses" empty="Nothing stood out — well done." />
        <ListCard title="Action plan" items={report.actionPlan} testId="action-plan" ordered />
      </section>

      <section className="grid gap-4" aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Question by question
        </h2>
        {report.questions.map((q, i) => (
          <QuestionCard key={q.index} q={q} label={labels[i]!} />
        ))}
      </section>

      {report.notReached?.length ? (
        <section className="grid gap-2" aria-labelledby="not-reached-heading" data-testid="not-reached">
          <h2 id="not-reached-heading" className="text-lg font-semibold">
            Not answered
          </h2>
          <p className="text-sm text-muted-foreground">The interview ended before these questions were answered. They are waiting for you next time.</p>
          <ul className="grid list-disc gap-1 pl-5 text-sm">
            {report.notReached.map((text, i) => (
              <li key={i} className="break-words">
                {text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

function ListCard({ title, items, testId, empty, ordered }: { title: string; items: string[]; testId: string; empty?: string; ordered?: boolean }) {
  const List = ordered ? "ol" : "ul";
  return (
    <Card className="break-inside-avoid" data-testid={testId}>
      <CardHeader>
        <CardTitle as="h2" className="text-base">
          {title}
        </CardTitle>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <p className="text-sm text-muted-foreground">{empty}</p>
        ) : (
          <List className={`grid gap-2 pl-5 text-sm ${ordered ? "list-decimal" : "list-disc"}`}>
            {items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}

function QuestionCard({ q, label }: { q: ReportQuestion; label: string }) {
  const v = VERDICT[q.verdict];
  const fallback = graderNote(q.grader);
  return (
    <Card data-testid="report-question" data-verdict={q.verdict}>
      <CardHeader className="gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-muted-foreground" data-testid="question-label">
            {questionHeading(q.kind, label)}
          </span>
          <Badge variant={v.variant} data-testid="verdict">
            <v.icon className="size-3" aria-hidden /> {v.label}
          </Badge>
          <span className="text-sm font-semibold">{q.score}/100</span>
        </div>
        <CardTitle as="h3" className="break-words text-base">
          {q.question}
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <div>
          <h4 className="font-medium">Your answer</h4>
          <p className="mt-1 whitespace-pre-wrap break-words text-muted-foreground">{q.answer}</p>
        </div>
        {q.override ? (
          <p className="rounded-md border border-primary/40 p-3" data-testid="override-note">
            Your instructor changed this grade from {q.override.previousVerdict} ({q.override.previousScore}/100) to {q.verdict} ({q.score}/100)
            {/* Overrides saved before the feedback carried the reason still show it here. */}
            {q.feedback.includes(q.override.reason) ? "." : `: “${q.override.reason}”`}
          </p>
        ) : null}
        {fallback ? (
          <p className="text-xs text-muted-foreground" data-testid="grader-note">
            {fallback}
          </p>
        ) : null}
        <p className="break-words" data-testid="question-feedback">
          {q.feedback}
        </p>
        {q.covered.length > 0 ? (
          <div>
            <h4 className="font-medium">What you covered</h4>
            <ul className="mt-1 grid gap-2" data-testid="covered">
              {q.covered.map((c, i) => (
                <li key={i}>
                  <span>{c.point}</span>
                  {c.quote ? <blockquote className="mt-1 break-words border-l-2 border-success pl-3 italic text-muted-foreground">“{c.quote}”</blockquote> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {q.missed.length > 0 ? (
          <div>
            <h4 className="font-medium">What you missed</h4>
            <ul className="mt-1 list-disc pl-5" data-testid="missed">
              {q.missed.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div className="rounded-md bg-muted p-3">
          <h4 className="font-medium">A model answer</h4>
          <p className="mt-1 break-words">{q.modelAnswer}</p>
        </div>
      </CardContent>
    </Card>
  );
}
