// Best score by student and topic. Many topics scroll sideways inside the card (a focusable
// region, so keyboard users can scroll it) while the student column stays put.
import Link from "next/link";
import type { batchDashboard } from "@/lib/db/queries/analytics";

type Dashboard = Awaited<ReturnType<typeof batchDashboard>>;

/** Red → amber → green, readable in both themes. */
function heat(score: number | undefined): string {
  if (score === undefined) return "transparent";
  const hue = Math.round((score / 100) * 130);
  return `hsl(${hue} 70% 42% / 0.55)`;
}

export function ScoreHeatmap({ base, topics, grid, labelledBy }: { base: string; topics: Dashboard["topics"]; grid: Dashboard["grid"]; labelledBy: string }) {
  const cellOf = new Map(grid.cells.map((c) => [`${c.studentId}:${c.topicId}`, c]));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="relative max-w-full overflow-x-auto" aria-labelledby={labelledBy} tabIndex={0} data-testid="heatmap-scroll">
      <table className="border-separate border-spacing-1 text-sm" data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-card text-left font-medium text-muted-foreground">
              Student
            </th>
            {topics.map((t) => (
              <th key={t.topicId} scope="col" title={t.name} className="min-w-16 max-w-28 align-bottom text-xs font-medium text-muted-foreground">
                <span className="line-clamp-3 break-words">{t.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.students.map((s) => (
            <tr key={s.studentId}>
              <th scope="row" className="sticky left-0 z-10 max-w-36 bg-card pr-2 text-left font-normal sm:max-w-56">
                <Link href={`${base}/students/${s.studentId}`} className="block truncate hover:underline" title={s.name}>
                  {s.name}
                </Link>
              </th>
              {topics.map((t) => {
                const c = cellOf.get(`${s.studentId}:${t.topicId}`);
                return (
                  <td key={t.topicId} className={c ? "h-8 rounded text-center" : "h-8 text-center text-muted-foreground"} style={c ? { background: heat(c.best) } : undefined}>
                    {/* "—" as elsewhere for no data; kept short: a big class has thousands of cells. */}
                    {c ? Math.round(c.best) : "—"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
