"use client";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";

export type Dimensions = { relevance: number; accuracy: number; depth: number; clarity: number };

export function DimensionChart({ dimensions }: { dimensions: Dimensions }) {
  const data = (Object.entries(dimensions) as [keyof Dimensions, number][]).map(([name, value]) => ({ name: name[0]!.toUpperCase() + name.slice(1), value }));
  return (
    <figure className="h-64 w-full" aria-label={`Scores by dimension: ${data.map((d) => `${d.name} ${d.value}`).join(", ")}`}>
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="75%">
          <PolarGrid stroke="var(--border)" />
          <PolarAngleAxis dataKey="name" tick={{ fill: "var(--foreground)", fontSize: 12 }} />
          <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
          <Radar dataKey="value" stroke="var(--primary)" fill="var(--primary)" fillOpacity={0.35} isAnimationActive={false} />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}
