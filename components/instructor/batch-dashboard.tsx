import Link from "next/link";
import { SimpleBarChart } from "@/components/charts/bar-chart";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { batchDashboard } from "@/lib/db/queries/analytics";
import { AT_RISK_IDLE_DAYS, AT_RISK_SCORE } from "@/lib/analytics-settings";

type Dashboard = Awaited<ReturnType<typeof batchDashboard>>;

const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : "—");
const round = (n: number | null) => (n === null ? "—" : String(Math.round(n)));

/** Red → amber → green, readable in both themes. */
function heat(score: number | undefined): string {
  if (score === undefined) return "transparent";
  const hue = Math.round((score / 100) * 130);
  return `hsl(${hue} 70% 42% / 0.55)`;
}

export function BatchDashboard({ batchId, data }: { batchId: string; data: Dashboard }) {
  const base = `/instructor/batches/${batchId}`;
  const totalSessions = data.overTime.reduce((s, d) => s + d.started, 0);
  const cellOf = new Map(data.grid.cells.map((c) => [`${c.studentId}:${c.topicId}`, c]));
  return (
    <div className="grid gap-6" data-testid="batch-dashboard">
      <div className="grid gap-4 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Sessions, last 30 days
            </CardTitle>
            <CardDescription>{totalSessions} started</CardDescription>
          </CardHeader>
          <CardContent>
            <SimpleBarChart
              data={data.overTime.map((d) => ({ day: new Date(d.day).toLocaleDateString(undefined, { month: "short", day: "numeric" }), sessions: d.started }))}
              x="day"
              y="sessions"
              label={`Sessions started per day over the last 30 days: ${totalSessions} in total`}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Score distribution
            </CardTitle>
            <CardDescription>Completed interviews by overall score</CardDescription>
          </CardHeader>
          <CardContent>
            <SimpleBarChart data={data.histogram} x="band" y="count" label={`Score distribution: ${data.histogram.map((b) => `${b.band}: ${b.count}`).join(", ")}`} />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Average score per topic
            </CardTitle>
          </CardHeader>
          <CardContent>
            <SimpleBarChart
              data={data.topics.map((t) => ({ topic: t.name, average: t.average === null ? 0 : Math.round(t.average) }))}
              x="topic"
              y="average"
              yMax={100}
              label={`Average score per topic: ${data.topics.map((t) => `${t.name} ${round(t.average)}`).join(", ")}`}
            />
          </CardContent>
        </Card>
      </div>

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
                  <Link href={`${base}/students/${s.studentId}`} className="font-medium text-primary hover:underline">
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
          <CardTitle as="h2" className="text-base">
            Best score by student and topic
          </CardTitle>
          <CardDescription>
            {data.grid.total > data.grid.students.length ? `The ${data.grid.students.length} students with the lowest averages of ${data.grid.total}.` : "Lowest averages first."}
          </CardDescription>
        </CardHeader>
        <CardContent className="overflow-x-auto">
          <table className="w-full border-separate border-spacing-1 text-sm" data-testid="heatmap">
            <thead>
              <tr>
                <th scope="col" className="text-left font-medium text-muted-foreground">
                  Student
                </th>
                {data.topics.map((t) => (
                  <th key={t.topicId} scope="col" className="min-w-20 font-medium text-muted-foreground">
                    {t.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.grid.students.map((s) => (
                <tr key={s.studentId}>
                  <th scope="row" className="whitespace-nowrap text-left font-normal">
                    <Link href={`${base}/students/${s.studentId}`} className="hover:underline">
                      {s.name}
                    </Link>
                  </th>
                  {data.topics.map((t) => {
                    const c = cellOf.get(`${s.studentId}:${t.topicId}`);
                    return (
                      <td key={t.topicId} className="rounded text-center" style={{ background: heat(c?.best) }}>
                        {c ? Math.round(c.best) : <span className="text-muted-foreground">·</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>

      <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
        <Card>
          <CardHeader>
            <CardTitle as="h2" className="text-base">
              Questions, hardest first
            </CardTitle>
            <CardDescription>A low mean with many wrong answers can mean a confusing question.</CardDescription>
          </CardHeader>
          <CardContent className="overflow-x-auto">
            <table className="w-full text-sm" data-testid="question-stats">
              <thead className="text-left text-muted-foreground">
                <tr>
                  <th scope="col" className="py-1 font-medium">
                    Question
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Asked
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Mean
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Strong
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Shallow
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Wrong
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.questions.map((q) => (
                  <tr key={q.questionId} className="border-t">
                    <td className="py-1.5 pr-2">
                      <span className="line-clamp-2">{q.text}</span>
                      <span className="text-xs text-muted-foreground">
                        {q.topic} · {q.difficulty.toLowerCase()}
                      </span>
                    </td>
                    <td>{q.asked}</td>
                    <td>{Math.round(q.mean)}</td>
                    <td>{pct(q.strong, q.asked)}</td>
                    <td>{pct(q.shallow, q.asked)}</td>
                    <td>{pct(q.wrong, q.asked)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {data.questions.length === 0 ? <p className="text-sm text-muted-foreground">No answers yet.</p> : null}
          </CardContent>
        </Card>
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
                <li key={d.topicId} className="flex justify-between">
                  <span>{d.name}</span>
                  <span>
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
