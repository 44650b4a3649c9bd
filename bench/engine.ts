// npm run bench:engine — per-turn server overhead of the interviewer (graph + checkpoint +
// turns table) with an instant fake model, on the embedded DB and on PostgreSQL, plus the
// prompt size by turn index, for both interview sources (a class topic, and job practice with
// adaptive difficulty), and the database traffic (round trips, statements) of each start and
// answer. PostgreSQL runs go through a loopback latency proxy that adds N ms each way.
//
//   npm run bench:engine -- [--interviews 100] [--db-latency-ms 0,2,10] [--only embedded|postgres]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import "../scripts/load-env";
import { interviewGraphBuilder } from "../graph";
import { provideGraphBuilder } from "../lib/interview/engine";
import { startPostgresCluster } from "../tests/support/postgres-cluster";
import { type EngineRun, runEngine } from "./support/engine-run";
import { answerP95, printLatencyTarget, printRoundTripTargets, printRun, printSequentialWaits } from "./support/engine-report";
import { LatencyProxy } from "./support/latency-proxy";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const INTERVIEWS = Number(arg("interviews", "100"));
const DELAYS = arg("db-latency-ms", "0")
  .split(",")
  .map((s) => Number(s.trim()))
  .sort((a, b) => a - b); // 0 first: the sequential-waits figure compares each N with it
const ONLY = arg("only", "");
const SOURCES = ["class", "job"] as const;

provideGraphBuilder(interviewGraphBuilder);

async function embedded(summary: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-engine-"));
  try {
    for (const source of SOURCES) {
      process.env.DATABASE_URL = `pglite:${path.join(dir, `db-${source}`)}`;
      const run = await runEngine("embedded PGlite", source, INTERVIEWS, null);
      printRun(run);
      const p95 = answerP95(run);
      console.log(`embedded p95 target ≤ 25 ms: ${p95 <= 25 ? "met" : "NOT met"}`);
      printLatencyTarget("embedded (issue 19)", p95, 12);
      printRoundTripTargets(run);
      summary.push(`embedded ${source}: ${p95.toFixed(1)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function postgres(summary: string[]) {
  const cluster = await startPostgresCluster();
  if (!cluster) return console.log("\nPostgreSQL server binaries not found: skipping the PostgreSQL run.");
  const runs = new Map<string, EngineRun>();
  try {
    for (const delayMs of DELAYS) {
      const proxy = await new LatencyProxy({ host: "127.0.0.1", port: cluster.port }, delayMs).start();
      try {
        for (const source of SOURCES) {
          process.env.DATABASE_URL = proxy.urlFor(cluster.url);
          const run = await runEngine(`PostgreSQL 15 (local cluster) +${delayMs} ms each way`, source, INTERVIEWS, proxy);
          runs.set(`${source}@${delayMs}`, run);
          printRun(run);
          const p95 = answerP95(run);
          if (delayMs === 0) printLatencyTarget("local PostgreSQL (N=0)", p95, 10);
          if (delayMs === 10) printLatencyTarget("PostgreSQL at +10 ms", p95, 80);
          printRoundTripTargets(run);
          const base = runs.get(`${source}@0`);
          if (delayMs > 0 && base) printSequentialWaits(base, run, delayMs, proxy.measuredDelayMs());
          summary.push(`PostgreSQL +${delayMs} ms ${source}: ${p95.toFixed(1)} ms`);
        }
      } finally {
        await proxy.stop();
      }
    }
    if (!DELAYS.includes(0) && DELAYS.length) console.log("\n(sequential waits need a run at 0 ms: add 0 to --db-latency-ms)");
  } finally {
    cluster.stop();
  }
}

async function main() {
  const summary: string[] = [];
  if (ONLY !== "postgres") await embedded(summary);
  if (ONLY !== "embedded") await postgres(summary);
  console.log(`\nanswer p95 by source: ${summary.join(" · ")}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("bench:engine failed:", error);
    process.exit(1);
  },
);
