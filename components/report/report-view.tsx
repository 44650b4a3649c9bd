import type { Report } from "@/lib/interview/types";
import type { AnswerDelivery } from "@/lib/speech/answer-delivery";
import type { AnsweredCode } from "@/lib/questions/code/report";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { authorLine } from "@/lib/grading/grader-wording";
import { questionLabels } from "@/lib/grading/numbering";
import { answeredLine } from "@/lib/grading/report";
import { DifficultyPath } from "./difficulty-path";
import { DimensionChart } from "./dimension-chart";
import { PrintButton } from "./print-button";
import type { MissedWithResources, ShownResource } from "@/lib/resources/match";
import { type AnswerSpeech, QuestionCard } from "./question-card";
import { ResourceLink } from "./resource-link";

/** `subtitle`: the class, or the role's level and focus (the interview source's labels). */
/** `delivery`: each answer's delivery feedback by turn index; `speech`: how each was given, by turn index. */
type Props = {
  topicName: string;
  subtitle?: string;
  studentName: string;
  completedAt: string | null;
  report: Report;
  delivery?: Record<number, AnswerDelivery>;
  speech?: Record<number, AnswerSpeech>;
  /** Coding answers by turn index. */
  code?: Record<number, AnsweredCode>;
  /** Class interviews: the instructor's resources for each missed point by turn index, and all of them once for the action plan. */
  resources?: { byTurn: Record<number, MissedWithResources[]>; plan: ShownResource[] };
};

export function ReportView({ topicName, subtitle, studentName, completedAt, report, delivery = {}, speech = {}, code = {}, resources }: Props) {
  const labels = questionLabels(report.questions);
  const answered = answeredLine(report);
  return (
    <article className="report grid gap-8" data-testid="report">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm text-muted-foreground">Interview report · {studentName}</p>
          <h1 className="text-2xl font-bold tracking-tight">{topicName}</h1>
          {subtitle ? (
            <p className="text-sm font-medium" data-testid="report-subtitle">
              {subtitle}
            </p>
          ) : null}
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

      {report.difficultyPath?.length ? <DifficultyPath path={report.difficultyPath} /> : null}

      <section className="grid gap-4 md:grid-cols-3">
        <ListCard title="Strengths" items={report.strengths} testId="strengths" empty="None yet: no answer was graded strong. The action plan shows what to add." />
        <ListCard title="To work on" items={report.weaknesses} testId="weaknesses" empty="Nothing stood out — well done." />
        <ListCard title="Action plan" items={report.actionPlan} testId="action-plan" ordered>
          {resources?.plan.map((r) => (
            <li key={r.id} data-testid="plan-resource">
              Read: <ResourceLink resource={r} />
            </li>
          ))}
        </ListCard>
      </section>

      <section className="grid gap-4" aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Question by question
        </h2>
        {report.questions.map((q, i) => (
          <QuestionCard key={q.index} q={q} label={labels[i]!} delivery={delivery[q.index]} speech={speech[q.index]} code={code[q.index]} resources={resources?.byTurn[q.index]} />
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

/** `children`: more list items after `items` (the action plan's resources, which are links). */
function ListCard({
  title,
  items,
  testId,
  empty,
  ordered,
  children,
}: {
  title: string;
  items: string[];
  testId: string;
  empty?: string;
  ordered?: boolean;
  children?: React.ReactNode;
}) {
  const List = ordered ? "ol" : "ul";
  return (
    <Card className="report-list" data-testid={testId}>
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
            {children}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
