"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type MasteryPoint = { topic: string; mastery: number };

/** Mastery per topic: the mean of the latest few completed scores. */
export function MasteryChart({ data }: { data: MasteryPoint[] }) {
  return (
    <figure className="h-56 w-full" aria-label={`Mastery by topic: ${data.map((d) => `${d.topic} ${d.mastery}`).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis type="number" domain={[0, 100]} stroke="var(--muted-foreground)" fontSize={12} />
          <YAxis type="category" dataKey="topic" width={130} stroke="var(--muted-foreground)" fontSize={12} />
          <Tooltip contentStyle={{ background: "var(--card)", border: "1px solid var(--border)", borderRadius: 8 }} formatter={(v) => [`${v}/100`, "Mastery"]} />
          <Bar dataKey="mastery" fill="var(--primary)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
