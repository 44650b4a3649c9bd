"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Props<T> = { data: T[]; x: keyof T & string; y: keyof T & string; label: string; yMax?: number; unit?: string };

/** One bar chart for the dashboards; `label` describes it for screen readers. */
export function SimpleBarChart<T extends Record<string, string | number | null>>({ data, x, y, label, yMax, unit = "" }: Props<T>) {
  return (
    <figure className="h-56 w-full" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data as Record<string, unknown>[]} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey={x as string} stroke="var(--muted-foreground)" fontSize={11} interval="preserveStartEnd" />
          <YAxis domain={[0, yMax ?? "auto"]} allowDecimals={false} stroke="var(--muted-foreground)" fontSize={11} />
          <Tooltip contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 8 }} formatter={(v) => [`${v}${unit}`, y]} />
          <Bar dataKey={y as string} fill="var(--primary)" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
