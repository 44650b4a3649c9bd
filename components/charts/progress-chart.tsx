// Scores over time as a line, drawn on the server with SVG and CSS: no chart library in the
// browser, nothing focusable, and the numbers in a table for screen readers.

export type ProgressPoint = { date: string; score: number; topic: string };

// A fixed locale and time zone, so the text does not depend on the server's settings.
const formatDay = (iso: string) => new Date(iso).toLocaleDateString("en", { month: "short", day: "numeric", timeZone: "UTC" });

/** Up to `count` evenly spread indexes, always the first and the last. */
function spread(length: number, count: number): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  return Array.from({ length: count }, (_, k) => Math.round((k * (length - 1)) / (count - 1)));
}

/** Overall score per completed interview, oldest first. */
export function ProgressChart({ data }: { data: ProgressPoint[] }) {
  const x = (i: number) => (data.length === 1 ? 50 : (100 * i) / (data.length - 1));
  const points = data.map((d, i) => `${x(i)},${100 - d.score}`).join(" ");
  return (
    <figure data-chart="progress" className="relative min-w-0">
      <div aria-hidden className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-1 text-[11px] text-muted-foreground">
        <div className="flex h-48 flex-col justify-between text-right tabular-nums">
          {[100, 50, 0].map((t) => (
            <span key={t} data-ytick className="-my-1.5 leading-3">
              {t}
            </span>
          ))}
        </div>
        <div className="relative mx-2 h-48 border-b border-l">
          <span className="absolute inset-x-0 top-0 border-t border-dashed" />
          <span className="absolute inset-x-0 top-1/2 border-t border-dashed" />
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 size-full overflow-visible" role="presentation">
            <polyline points={points} fill="none" stroke="var(--primary)" strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
          </svg>
          {data.map((d, i) => (
            <span
              key={i}
              className="absolute size-2.5 -translate-x-1/2 translate-y-1/2 rounded-full border-2 border-primary bg-card"
              style={{ left: `${x(i)}%`, bottom: `${d.score}%` }}
              title={`${formatDay(d.date)} · ${d.topic}: ${d.score}/100`}
            />
          ))}
        </div>
        <span />
        <div className="relative mx-2 h-5">
          {spread(data.length, 4)
            // Several interviews on one day: name the day once.
            .filter((i, k, shown) => k === 0 || formatDay(data[i]!.date) !== formatDay(data[shown[k - 1]!]!.date))
            .map((i) => (
              <span
                key={i}
                data-tick
                className="absolute top-1 whitespace-nowrap"
                style={
                  data.length === 1
                    ? { left: "50%", transform: "translateX(-50%)" }
                    : i === 0
                      ? { left: 0 }
                      : i === data.length - 1
                        ? { right: 0 }
                        : { left: `${x(i)}%`, transform: "translateX(-50%)" }
                }
              >
                {formatDay(data[i]!.date)}
              </span>
            ))}
        </div>
      </div>
      {/* sr-only on a wrapper: a table box ignores the 1px width and overflow that hide it. */}
      <div className="sr-only">
        <table>
          <caption>
            Scores of the last {data.length === 1 ? "interview" : `${data.length} interviews`}, from {data[0]?.score ?? 0} to {data[data.length - 1]?.score ?? 0} out of 100
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Topic</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={i}>
                <td>{formatDay(d.date)}</td>
                <td>{d.topic}</td>
                <td>{d.score}/100</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
