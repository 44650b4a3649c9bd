"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ProgressPoint = { date: string; score: number; topic: string };

const fmt = (iso: string) => new Date(iso).toLocaleDateString(undefined, { month: "short", day: "numeric" });

/** Overall score per completed interview, oldest first. */
export function ProgressChart({ data }: { data: ProgressPoint[] }) {
  return (
    <figure className="h-56 w-full" aria-label={`Scores of your last ${data.length} interviews, from ${data[0]?.score ?? 0} to ${data[data.length - 1]?.score ?? 0}`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data.map((d, i) => ({ ...d, n: i + 1 }))} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="date" tickFormatter={fmt} stroke="var(--muted-foreground)" fontSize={12} />
          <YAxis domain={[0, 100]} stroke="var(--muted-foreground)" fontSize={12} />
          <Tooltip
            contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 8 }}
            labelFormatter={(label) => fmt(String(label))}
            formatter={(value, _name, item) => [`${value}/100`, (item.payload as ProgressPoint).topic]}
          />
          <Line type="monotone" dataKey="score" stroke="var(--primary)" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
