// Child of bench/dashboard.ts: server-renders the dashboard component from the data the
// parent measured, N times, and prints the timings as JSON. Runs without the react-server
// condition, which react-dom/server needs.
import { readFileSync } from "node:fs";
import { renderToString } from "react-dom/server";
import { BatchDashboard } from "../components/instructor/batch-dashboard";

const [file, runs = "20"] = process.argv.slice(2);
const data = JSON.parse(readFileSync(file!, "utf8"));
const times: number[] = [];
let size = 0;
for (let i = 0; i < Number(runs); i++) {
  const t0 = performance.now();
  size = renderToString(<BatchDashboard batchId="bench" data={data} />).length;
  times.push(performance.now() - t0);
}
console.log(JSON.stringify({ times, size }));
