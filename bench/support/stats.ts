// Small statistics helpers shared by the benches.
import type { TrafficCounts } from "./latency-proxy";

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

export const latencyLine = (xs: number[], ps = [50, 95, 99]) =>
  xs.length ? `${ps.map((p) => `p${p} ${percentile(xs, p).toFixed(1)} ms`).join(" · ")} (n=${xs.length})` : "no samples";

/** "round trips mean 7.0 · max 9, statements mean 8.5 · max 11" over one operation kind. */
export function trafficLine(samples: TrafficCounts[]): string {
  if (!samples.length) return "no samples";
  const part = (key: "roundTrips" | "statements") => {
    const xs = samples.map((s) => s[key]);
    return `mean ${mean(xs).toFixed(1)} · max ${Math.max(...xs)}`;
  };
  return `round trips ${part("roundTrips")} · statements ${part("statements")}`;
}

export const maxOf = (samples: TrafficCounts[], key: "roundTrips" | "statements") => Math.max(...samples.map((s) => s[key]));
