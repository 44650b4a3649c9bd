// A tiny line of 0–100 values, server-drawn SVG. Decorative: every caller also gives the
// numbers in text or a table, so it is hidden from screen readers.

const H = 30;
const PAD = 3;

export function Sparkline({ values, className, label }: { values: number[]; className?: string; label?: string }) {
  if (values.length === 0) return null;
  const x = (i: number) => (values.length === 1 ? 50 : (100 * i) / (values.length - 1));
  const y = (v: number) => PAD + (H - 2 * PAD) * (1 - Math.max(0, Math.min(100, v)) / 100);
  const last = values.length - 1;
  return (
    <svg viewBox={`0 0 100 ${H}`} preserveAspectRatio="none" className={className ?? "h-8 w-24"} aria-hidden="true" focusable="false" data-sparkline={label}>
      <line x1={0} x2={100} y1={y(50)} y2={y(50)} stroke="var(--border)" strokeDasharray="2 2" vectorEffect="non-scaling-stroke" />
      {values.length > 1 ? (
        <polyline
          points={values.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
          fill="none"
          stroke="var(--primary)"
          strokeWidth={2}
          strokeLinejoin="round"
          vectorEffect="non-scaling-stroke"
        />
      ) : null}
      {/* The latest value as a dot (a plain circle would stretch with preserveAspectRatio="none"). */}
      <line x1={x(last)} x2={x(last)} y1={y(values[last]!)} y2={y(values[last]!)} stroke="var(--primary)" strokeWidth={6} strokeLinecap="round" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
