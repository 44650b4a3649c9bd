import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { AT_RISK_IDLE_DAYS, AT_RISK_SCORE } from "@/lib/analytics-settings";
import type { batchDashboard, classSetup } from "@/lib/db/queries/analytics";
import { plural } from "@/lib/plural";
import { ScoreHeatmap } from "./score-heatmap";
import { SetupChecklist } from "./setup-checklist";

type Dashboard = Awaited<ReturnType<typeof batchDashboard>>;

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : "—");
const round = (n: number | null) => (n === null ? "—" : String(Math.round(n)));
const DAYS = 30;
const dayKey = (d: Date) => d.toISOString().slice(0, 10);
const dayLabel = (d: Date) => d.toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });

/** Every one of the last 30 days, zeros included: a time axis, not just the busy days side by side. */
function lastDays(overTime: Dashboard["overTime"], now = new Date()) {
  const started = new Map(overTime.map((d) => [dayKey(new Date(d.day)), d.started]));
  return Array.from({ length: DAYS }, (_, i) => {
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - (DAYS - 1 - i)));
    return { label: dayLabel(day), value: started.get(dayKey(day)) ?? 0 };
  });
}

/** With `setup` and no data (a class nobody has practised in yet): the setup checklist instead of the charts. */
type Props = { batchId: string; data: Dashboard } | { batchId: string; data: null; setup: Awaited<ReturnType<typeof classSetup>>; classCode: string };

export function BatchDashboard(props: Props) {
  const { batchId, data } = props;
  const base = `/instructor/batches/${batchId}`;
  if (data === null) return <SetupChecklist base={base} setup={props.setup} classCode={props.classCode} />;
  const totalSessions = data.overTime.reduce((s, d) => s + d.started, 0);
  const completed = data.histogram.reduce((s, b) => s + b.count, 0);
  // Grid items default to min-width: auto, so a wide child (the heatmap) would widen the page: *:min-w-0.
  return (
    <div className="grid gap-6 *:min-w-0" data-testid="batch-dashboard">
      <div className="grid gap-4 *:min-w-0 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Sessions, last 30 days
            </CardTitle>
            <CardDescription>{plural(totalSessions, "interview")} started</CardDescription>
          </CardHeader>
          <CardContent>
            <BarChart name="sessions-per-day" caption="Interviews started per day, last 30 days" columns={["Day", "Started"]} data={lastDays(data.overTime)} labelEvery={7} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Score distribution
            </CardTitle>
            <CardDescription>{plural(completed, "completed interview")} by overall score (bands of 10 points)</CardDescription>
          </CardHeader>
          <CardContent>
            <BarChart
              name="score-histogram"
              caption="Completed interviews by overall score"
              columns={["Score band", "Interviews"]}
              data={data.histogram.map((b) => ({ label: b.band.split("–")[0]!, title: `Score ${b.band}`, value: b.count }))}
            />
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Average score per topic
          </CardTitle>
          <CardDescription>Completed interviews, out of 100; “—” where nobody has finished one yet.</CardDescription>
        </CardHeader>
        <CardContent>
          <BarChart
            name="topic-averages"
            layout="rows"
            caption="Average score per topic, out of 100"
            columns={["Topic", "Average score"]}
            max={100}
            data={data.topics.map((t) => ({ label: t.name, value: t.average === null ? 0 : Math.round(t.average), display: t.average === null ? "—" : undefined }))}
          />
        </CardContent>
      </Card>

      <Card data-testid="at-risk">
        <CardHeader>
          <CardTitle as="h2" className="text-base">
            Students who may need help
          </CardTitle>
          <CardDescription>
            Latest three scores averaging under {AT_RISK_SCORE}, or no activity for {AT_RISK_IDLE_DAYS} days.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {data.atRisk.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nobody right now.</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {data.atRisk.map((s) => (
                <li key={s.studentId} className="flex flex-wrap justify-between gap-2 border-b pb-2 last:border-0">
                  <Link href={`${base}/students/${s.studentId}`} className="min-w-0 break-words font-medium text-primary hover:underline">
                    {s.name}
                  </Link>
                  <span className="text-muted-foreground">
                    {s.reason === "inactive"
                      ? `inactive since ${s.lastActive ? new Date(s.lastActive).toLocaleDateString() : "joining"}`
                      : `recent average ${round(s.recentAverage)}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle as="h2" className="text-base" id="heatmap-heading">
            Best score by student and topic
          </CardTitle>
          <CardDescription>
            {data.grid.total > data.grid.students.length ? `The ${data.grid.students.length} students with the lowest averages of ${data.grid.total}.` : "Lowest averages first."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <ScoreHeatmap base={base} topics={data.topics} grid={data.grid} labelledBy="heatmap-heading" />
        </CardContent>
      </Card>

      <div className="grid gap-4 *:min-w-0 lg:grid-cols-[2fr_1fr]">
        <QuestionStats questions={data.questions} />
        <Card data-testid="disagreement">
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Grades you changed
            </CardTitle>
            <CardDescription>How often instructors overrode the grader, per topic.</CardDescription>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-2 text-sm">
              {data.disagreement.map((d) => (
                <li key={d.topicId} className="flex justify-between gap-3">
                  <span className="min-w-0 break-words">{d.name}</span>
                  <span className="shrink-0">
                    {d.overridden}/{d.graded} ({pct(d.overridden, d.graded)})
                  </span>
                </li>
              ))}
            </ul>
            {data.disagreement.length === 0 ? <p className="text-sm text-muted-foreground">No graded answers yet.</p> : null}
          </CardContent>
        </Card>
      </div>
    </div>
  );
}

const TH = "px-2 py-1.5 font-medium";

function QuestionStats({ questions }: { questions: Dashboard["questions"] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="text-base" id="question-stats-heading">
          Questions, hardest first
        </CardTitle>
        <CardDescription>A low mean with many wrong answers can mean a confusing question.</CardDescription>
      </CardHeader>
      <CardContent>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
        <section className="relative overflow-x-auto" aria-labelledby="question-stats-heading" tabIndex={0}>
          <table className="w-full text-sm" data-testid="question-stats">
            <thead className="text-left text-muted-foreground">
              <tr>
                <th scope="col" className={TH}>
                  Question
                </th>
                {["Asked", "Mean", "Strong", "Shallow", "Wrong"].map((h) => (
                  <th key={h} scope="col" className={`${TH} text-right`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.questionId} className="border-t">
                  <td className="min-w-48 px-2 py-1.5">
                    <span className="line-clamp-2">{q.text}</span>
                    <span className="text-xs text-muted-foreground">
                      {q.topic} · {q.difficulty.toLowerCase()}
                    </span>
                  </td>
                  <td className="px-2 text-right tabular-nums">{q.asked}</td>
                  <td className="px-2 text-right tabular-nums">{Math.round(q.mean)}</td>
                  <td className="px-2 text-right tabular-nums">{pct(q.strong, q.asked)}</td>
                  <td className="px-2 text-right tabular-nums">{pct(q.shallow, q.asked)}</td>
                  <td className="px-2 text-right tabular-nums">{pct(q.wrong, q.asked)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {questions.length === 0 ? <p className="text-sm text-muted-foreground">No answers yet.</p> : null}
      </CardContent>
    </Card>
  );
}
