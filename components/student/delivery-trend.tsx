// How the student sounds across interviews, from their spoken answers: a summary of the latest
// against the earlier ones, two small server-drawn lines (pace with its 130–160 band shaded, and
// filler words against their target), and every number in a table. The lines are decorative —
// the table carries the same numbers for screen readers — and appear only from two interviews.
import { formatDay } from "@/components/practice/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { plural } from "@/lib/plural";
import { PACE_WPM, RATE_BANDS } from "@/lib/speech/delivery";
import type { DeliveryTrend as Trend } from "@/lib/speech/delivery-trend";

type Line = {
  title: string;
  values: (number | null)[];
  lo: number;
  hi: number;
  /** Shaded range where the value is good (pace: its band; fillers: zero up to the target). */
  band: { from: number; to: number };
  /** The values named on the axis. */
  ticks: number[];
  testId: string;
};

const down10 = (n: number) => Math.floor(n / 10) * 10;
const up10 = (n: number) => Math.ceil(n / 10) * 10;

function TrendLine({ title, values, lo, hi, band, ticks, testId }: Line) {
  const x = (i: number) => (values.length === 1 ? 50 : (100 * i) / (values.length - 1));
  const y = (v: number) => (100 * (Math.min(hi, Math.max(lo, v)) - lo)) / (hi - lo);
  const known = values.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
  return (
    <div className="grid min-w-0 gap-1" data-testid={testId}>
      <p className="text-sm font-medium">{title}</p>
      <div aria-hidden className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-1 text-[11px] text-muted-foreground">
        <div className="relative h-32 w-8 tabular-nums">
          {ticks.map((t) => (
            <span key={t} className="absolute right-0 translate-y-1/2 leading-3" style={{ bottom: `${y(t)}%` }}>
              {t}
            </span>
          ))}
        </div>
        <div className="relative mx-2 h-32 border-b border-l">
          <span className="absolute inset-x-0 bg-success/15" style={{ bottom: `${y(band.from)}%`, height: `${y(band.to) - y(band.from)}%` }} data-band />
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 size-full overflow-visible" role="presentation">
            <polyline
              points={known.map((p) => `${x(p.i)},${100 - y(p.v)}`).join(" ")}
              fill="none"
              stroke="var(--primary)"
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
              strokeLinejoin="round"
            />
          </svg>
          {known.map((p) => (
            <span
              key={p.i}
              className="absolute size-2.5 -translate-x-1/2 translate-y-1/2 rounded-full border-2 border-primary bg-card"
              style={{ left: `${x(p.i)}%`, bottom: `${y(p.v)}%` }}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

/** The pace and fillers lines, their ranges stretched to fit the student's values. */
function lines(points: Trend["points"]): Line[] {
  const paces = points.map((p) => p.wpm);
  const fillers = points.map((p) => p.fillersPer100);
  const knownPaces = paces.filter((v): v is number => v !== null);
  const paceLo = Math.min(PACE_WPM.min - 30, down10(Math.min(...knownPaces) - 10));
  const paceHi = Math.max(PACE_WPM.max + 30, up10(Math.max(...knownPaces) + 10));
  const fillerHi = Math.max(RATE_BANDS.fillers.watch + 1, Math.ceil(Math.max(...fillers) + 1));
  return [
    {
      title: "Pace, words a minute",
      values: paces,
      lo: paceLo,
      hi: paceHi,
      band: { from: PACE_WPM.min, to: PACE_WPM.max },
      ticks: [paceLo, PACE_WPM.min, PACE_WPM.max, paceHi],
      testId: "delivery-trend-pace",
    },
    {
      title: "Filler words per 100 words",
      values: fillers,
      lo: 0,
      hi: fillerHi,
      band: { from: 0, to: RATE_BANDS.fillers.good },
      ticks: [0, RATE_BANDS.fillers.good, fillerHi],
      testId: "delivery-trend-fillers",
    },
  ];
}

const orDash = (v: number | null) => (v === null ? "—" : String(v));

/** The four numbers of an interview, in the order the table and the tiles show them. */
const FIGURES = [
  { key: "wpm", cell: "pace", label: "Words a minute" },
  { key: "fillersPer100", cell: "fillers", label: "Fillers per 100 words" },
  { key: "hedgesPer100", cell: "hedges", label: "Hedging per 100 words" },
  { key: "pausesPerAnswer", cell: "pauses", label: "Long pauses per answer" },
] as const;

export function DeliveryTrend({ trend }: { trend: Trend }) {
  const { points, summary } = trend;
  if (points.length === 0) return null;
  const many = points.length > 1;
  return (
    <Card data-testid="delivery-trend">
      <CardHeader>
        <CardTitle as="h2">How you sound</CardTitle>
        <CardDescription>
          From your spoken answers: pace against {PACE_WPM.min}–{PACE_WPM.max} words a minute, filler words (target {RATE_BANDS.fillers.good} or fewer per 100 words), hedging and
          long pauses. {many ? `${plural(points.length, "interview")}, oldest to newest.` : "One interview so far: the trend starts with the next one."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 *:min-w-0">
        <p className="text-sm" data-testid="delivery-trend-summary">
          {many ? <span className="text-muted-foreground">Latest interview against the earlier ones: </span> : null}
          {summary.join(" ")}
        </p>
        {many ? (
          <div className="grid gap-4 *:min-w-0 sm:grid-cols-2">
            {lines(points).map((line) => (
              <TrendLine key={line.testId} {...line} />
            ))}
          </div>
        ) : null}
        {many ? (
          <DataTable data-testid="delivery-trend-table" label="Delivery per interview" columns={["Interview", ...FIGURES.map((f) => f.label)]}>
            {points.map((p) => (
              <tr key={p.sessionId} className="border-t tabular-nums" data-testid="delivery-trend-row" data-session-id={p.sessionId}>
                <td className="px-3 py-2">
                  {p.title}
                  <span className="block text-xs text-muted-foreground">
                    {formatDay(p.date)} · <span data-cell="answers">{p.spokenAnswers}</span> spoken {p.spokenAnswers === 1 ? "answer" : "answers"}
                  </span>
                </td>
                {FIGURES.map((f) => (
                  <td key={f.cell} className="px-3 py-2" data-cell={f.cell}>
                    {orDash(p[f.key])}
                  </td>
                ))}
              </tr>
            ))}
          </DataTable>
        ) : (
          // One interview: its numbers as tiles, which fit a phone without a table's sideways scroll.
          <div className="grid gap-2" data-testid="delivery-trend-row" data-session-id={points[0]!.sessionId}>
            <p className="text-sm text-muted-foreground">
              {points[0]!.title} · {formatDay(points[0]!.date)} · <span data-cell="answers">{points[0]!.spokenAnswers}</span> spoken{" "}
              {points[0]!.spokenAnswers === 1 ? "answer" : "answers"}
            </p>
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
              {FIGURES.map((f) => (
                <div key={f.cell} className="rounded-md bg-muted p-2">
                  <dt className="text-xs text-muted-foreground">{f.label}</dt>
                  <dd className="font-semibold tabular-nums" data-cell={f.cell}>
                    {orDash(points[0]![f.key])}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
