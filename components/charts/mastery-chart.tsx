import { BarChart } from "./bar-chart";

export type MasteryPoint = { topic: string; mastery: number };

/** Mastery per topic: the mean of the latest few completed scores, one row per topic. */
export function MasteryChart({ data }: { data: MasteryPoint[] }) {
  return (
    <BarChart
      name="mastery"
      layout="rows"
      caption="Mastery by topic, out of 100"
      columns={["Topic", "Mastery"]}
      max={100}
      data={data.map((d) => ({ label: d.topic, value: d.mastery }))}
    />
  );
}
