import { DIMENSIONS } from "@/lib/grading/types";
// The four-dimension radar as plain SVG, rendered on the server: four points need no chart library,
// so the report page ships no charting JavaScript. The labels sit inside the viewBox, so the chart
// scales down to a phone's width without clipping a word; screen readers get a data table instead.

export type Dimensions = { relevance: number; accuracy: number; depth: number; clarity: number };

const NAMES = DIMENSIONS;
const CX = 180;
const CY = 110;
const R = 78;
// Top, right, bottom, left.
const DIRECTIONS = [
  [0, -1],
  [1, 0],
  [0, 1],
  [-1, 0],
] as const;

const title = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const point = (i: number, share: number) => `${CX + DIRECTIONS[i]![0] * R * share},${CY + DIRECTIONS[i]![1] * R * share}`;
const polygon = (shares: number[]) => shares.map((s, i) => point(i, s)).join(" ");

export function DimensionChart({ dimensions }: { dimensions: Dimensions }) {
  const values = NAMES.map((n) => Math.max(0, Math.min(100, dimensions[n])));
  return (
    <figure className="w-full min-w-0" data-testid="dimension-chart">
      <svg viewBox="0 0 360 224" className="mx-auto h-auto w-full max-w-sm" aria-hidden="true" focusable="false">
        {[0.25, 0.5, 0.75, 1].map((s) => (
          <polygon key={s} points={polygon([s, s, s, s])} fill="none" stroke="var(--border)" />
        ))}
        {DIRECTIONS.map((_, i) => (
          <line key={NAMES[i]} x1={CX} y1={CY} x2={CX + DIRECTIONS[i]![0] * R} y2={CY + DIRECTIONS[i]![1] * R} stroke="var(--border)" />
        ))}
        <polygon points={polygon(values.map((v) => v / 100))} fill="var(--primary)" fillOpacity={0.35} stroke="var(--primary)" strokeWidth={2} />
        {NAMES.map((name, i) => {
          const [dx, dy] = DIRECTIONS[i]!;
          const x = CX + dx * (R + 10);
          const y = CY + dy * (R + 10) + (dy === 0 ? 4 : dy > 0 ? 12 : -4);
          return (
            <text key={name} x={x} y={y} textAnchor={dx > 0 ? "start" : dx < 0 ? "end" : "middle"} fontSize={13} fill="var(--foreground)">
              {title(name)} {values[i]}
            </text>
          );
        })}
      </svg>
      <figcaption className="sr-only">Scores by dimension, out of 100</figcaption>
      <table className="sr-only" data-testid="dimension-table">
        <caption>Scores by dimension, out of 100</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {NAMES.map((name, i) => (
            <tr key={name}>
              <th scope="row">{title(name)}</th>
              <td>{values[i]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
