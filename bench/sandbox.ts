// npm run bench:sandbox — the server-side JavaScript sandbox (lib/code/javascript-sandbox.ts):
// time per run (a fresh WebAssembly module, the program, five tests) at p50/p95 for a typical
// answer and for an endless loop stopped at the deadline, and the process's memory after many runs
// (a fresh module per run must not add up). Usage: npm run bench:sandbox [-- --runs 200]
import { runJavaScript } from "../lib/code/javascript-sandbox";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const tests = Array.from({ length: 5 }, (_, i) => ({ name: `t${i}`, args: [Array.from({ length: 50 * (i + 1) }, (_, j) => (j * 7919) % 101)], expected: null }));
const TYPICAL = "function sortNumbers(xs) { const out = [...xs]; out.sort((a, b) => a - b); return null; }";

async function timeRuns(code: string, runs: number, limits = {}) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await runJavaScript({ code, entry: "sortNumbers", tests, limits });
    ms.push(performance.now() - t0);
    if (i === 0) console.log(`  outcome: ${result.outcome}`);
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

const rss0 = process.memoryUsage().rss;
const typical = await timeRuns(TYPICAL, RUNS);
console.log(`typical answer, 5 tests: p50 ${typical.p50.toFixed(1)} ms · p95 ${typical.p95.toFixed(1)} ms (${RUNS} runs)`);
const loop = await timeRuns("function sortNumbers(xs) { while (true) {} }", 10, { timeMs: 500 });
console.log(`endless loop, 500 ms deadline: p50 ${loop.p50.toFixed(0)} ms · p95 ${loop.p95.toFixed(0)} ms (10 runs)`);
global.gc?.();
console.log(`process memory: ${(rss0 / 2 ** 20).toFixed(0)} MB before → ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB after ${RUNS + 10} runs`);
