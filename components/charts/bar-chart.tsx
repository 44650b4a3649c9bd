// Bar charts drawn with plain HTML and CSS on the server: no chart library in the browser,
// nothing focusable, labels that cannot collide (each sits in its own box and is cut with an
// ellipsis, the full text in a tooltip), and the numbers in a table for screen readers.
import { cn } from "@/lib/utils";

export type Bar = {
  label: string;
  value: number;
  /** Text for the tooltip and the table, when the label is short. */
  title?: string;
  /** The value as shown, e.g. "—" for no data (the bar is then empty). */
  display?: string;
};
const shown = (d: Bar, unit: string) => d.display ?? `${d.value}${unit}`;

type Props = {
  /** A stable name (data-chart), for tests and styling. */
  name: string;
  /** What the chart shows, read out before its table. */
  caption: string;
  data: Bar[];
  /** Column headers of the data table: the category and the value. */
  columns: [string, string];
  /** Top of the value axis; by default a round number above the largest bar (at least `minMax`). */
  max?: number;
  minMax?: number;
  unit?: string;
  /** Horizontal bars (one labelled row each) suit many or long categories; columns suit a time line or bands. */
  layout?: "rows" | "columns";
  /** For columns: label every n-th column only (a long time line). */
  labelEvery?: number;
};

/**
 * A round axis top at or above `n` whose half is a whole number too: 4, 6, 8, 10, 20, 50, 100…
 * At least 4, so two interviews are not drawn as a full-height bar.
 */
export function niceMax(n: number): number {
  if (n <= 10) return Math.max(4, Math.ceil(n / 2) * 2);
  const magnitude = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= n) return step * magnitude;
  return 10 * magnitude;
}

export function BarChart({ name, caption, data, columns, max, minMax = 0, unit = "", layout = "columns", labelEvery = 1 }: Props) {
  const top = max ?? niceMax(Math.max(minMax, ...data.map((d) => d.value)));
  const pct = (v: number) => `${Math.min(100, Math.max(0, (100 * v) / top))}%`;
  return (
    <figure data-chart={name} className="relative min-w-0">
      {layout === "rows" ? <Rows data={data} pct={pct} unit={unit} /> : <Columns data={data} pct={pct} top={top} unit={unit} labelEvery={labelEvery} />}
      {/* sr-only on a wrapper: a table box ignores the 1px width and overflow that hide it. */}
      <div className="sr-only">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns[0]}</th>
              <th scope="col">{columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={i}>
                <th scope="row">{d.title ?? d.label}</th>
                <td>{shown(d, unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function Rows({ data, pct, unit }: { data: Bar[]; pct: (v: number) => string; unit: string }) {
  return (
    <div aria-hidden className="grid gap-1.5 text-xs">
      {data.map((d, i) => (
        <div
          key={i}
          className="grid grid-cols-[minmax(0,1fr)_2.5rem] items-center gap-x-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_2.5rem]"
          title={`${d.title ?? d.label}: ${shown(d, unit)}`}
        >
          {/* On a phone the label gets a line of its own, above its bar. */}
          <span data-tick className="col-span-2 truncate text-muted-foreground sm:col-span-1">
            {d.label}
          </span>
          <span className="h-3.5 rounded-sm bg-muted">
            <span className="block h-full rounded-sm bg-primary" style={{ width: pct(d.value) }} />
          </span>
          <span className="text-right tabular-nums">{shown(d, unit)}</span>
        </div>
      ))}
    </div>
  );
}

function Columns({ data, pct, top, unit, labelEvery }: { data: Bar[]; pct: (v: number) => string; top: number; unit: string; labelEvery: number }) {
  const yTicks = [top, top / 2, 0].filter((t) => Number.isInteger(t));
  return (
    <div aria-hidden className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-1 text-[11px] text-muted-foreground">
      <div className="flex h-44 flex-col justify-between text-right tabular-nums">
        {yTicks.map((t) => (
          <span key={t} data-ytick className="-my-1.5 leading-3">
            {t}
          </span>
        ))}
      </div>
      <div className="relative flex h-44 items-end gap-px border-b border-l">
        {yTicks.slice(0, -1).map((t) => (
          <span key={t} className="absolute inset-x-0 border-t border-dashed" style={{ bottom: pct(t) }} />
        ))}
        {data.map((d, i) => (
          <span key={i} className="relative h-full min-w-0 flex-1" title={`${d.title ?? d.label}: ${shown(d, unit)}`}>
            <span className="absolute inset-x-0 bottom-0 rounded-t-sm bg-primary" style={{ height: pct(d.value) }} />
          </span>
        ))}
      </div>
      <span />
      <div className="flex pt-1">
        {/* Every n-th column counted back from the last (today on a time line), each label in a box n columns wide. */}
        {labelEvery > 1 ? <span style={{ flex: (data.length - 1) % labelEvery }} /> : null}
        {data.map((d, i) =>
          (data.length - 1 - i) % labelEvery === 0 && i >= labelEvery - 1 ? (
            <span key={i} data-tick className={cn("min-w-0 truncate", labelEvery > 1 ? "text-right" : "text-center")} style={{ flex: labelEvery }}>
              {d.label}
            </span>
          ) : null,
        )}
      </div>
    </div>
  );
}
