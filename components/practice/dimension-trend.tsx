// How each grading dimension moves across completed job-practice interviews: one small line per
// dimension (small multiples read better on a phone than four crossing lines), the latest mean
// and the change since the first, and every number in a table for screen readers.
import type { DimensionPoint } from "@/lib/db/queries/job-practice";
import { DIMENSIONS, type Dimension } from "@/lib/grading/types";
import { change, formatDay } from "./format";
import { Sparkline } from "./sparkline";

const LABELS: Record<Dimension, { name: string; what: string }> = {
  relevance: { name: "Relevance", what: "answering the question asked" },
  accuracy: { name: "Accuracy", what: "getting the facts right" },
  depth: { name: "Depth", what: "reasons, trade-offs and examples" },
  clarity: { name: "Clarity", what: "a clear, well-ordered answer" },
};

export function DimensionTrend({ points }: { points: DimensionPoint[] }) {
  return (
    <figure className="grid min-w-0 gap-3" data-testid="practice-dimension-trend">
      <ul className="grid gap-3 sm:grid-cols-2">
        {DIMENSIONS.map((d) => {
          const values = points.map((p) => p[d]).filter((v): v is number => v !== null);
          const latest = values[values.length - 1];
          return (
            <li key={d} className="flex min-w-0 items-center justify-between gap-3 rounded-lg border p-3" data-testid="practice-dimension" data-dimension={d}>
              <div className="min-w-0">
                <p className="font-medium">{LABELS[d].name}</p>
                <p className="text-xs text-muted-foreground">{LABELS[d].what}</p>
                <p className="mt-1 text-sm tabular-nums">
                  {latest === undefined ? "—" : `${latest}/100 latest`}
                  {values.length > 1 ? <span className="text-muted-foreground"> · {change(values)} since the first</span> : null}
                </p>
              </div>
              <Sparkline values={values} className="h-10 w-24 shrink-0 sm:w-32" label={d} />
            </li>
          );
        })}
      </ul>
      <figcaption className="text-xs text-muted-foreground">
        Mean of your answered questions in each completed interview, oldest to newest ({points.length === 1 ? "1 interview" : `${points.length} interviews`}).
      </figcaption>
      {/* sr-only on a wrapper: a table box ignores the 1px width and overflow that hide it. */}
      <div className="sr-only">
        <table>
          <caption>Dimension scores per completed job-practice interview, out of 100</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Interview</th>
              {DIMENSIONS.map((d) => (
                <th key={d} scope="col">
                  {LABELS[d].name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.sessionId}>
                <td>{formatDay(p.date)}</td>
                <td>{p.title}</td>
                {DIMENSIONS.map((d) => (
                  <td key={d}>{p[d] ?? "—"}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
