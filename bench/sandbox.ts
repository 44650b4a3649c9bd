// npm run bench:sandbox — the code sandboxes as the server runs them (lib/code/server-runner.ts):
// per language, a worker's cold start, the time of one run of a typical answer (p50/p95) with a warm
// worker waiting and back to back, an endless loop's time to be stopped, and the process's memory
// (RSS) over many runs, which must level off. Usage: npm run bench:sandbox [-- --runs 200]
import { runJavaScript } from "../lib/code/javascript-sandbox";
import { runOnServer, spareReady, timeWorkerStart } from "../lib/code/server-runner";
import type { CodeLanguage, CodeTest } from "../lib/code/types";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const tests: CodeTest[] = Array.from({ length: 5 }, (_, i) => {
  const xs = Array.from({ length: 50 * (i + 1) }, (_, j) => (j * 7919) % 101);
  return { name: `t${i}`, args: [xs], expected: [...xs].sort((a, b) => a - b) };
});
const TYPICAL: Record<CodeLanguage, string> = {
  javascript: "function sortNumbers(xs) { const out = [...xs]; out.sort((a, b) => a - b); return out; }",
  python: "def sort_numbers(xs):\n    out = list(xs)\n    out.sort()\n    return out",
};
const LOOP: Record<CodeLanguage, string> = { javascript: "function sortNumbers(xs) { while (true) {} }", python: "def sort_numbers(xs):\n    while True:\n        pass" };
const ENTRY: Record<CodeLanguage, string> = { javascript: "sortNumbers", python: "sort_numbers" };

async function timed(language: CodeLanguage, code: string, limits = {}) {
  const t0 = performance.now();
  const result = await runOnServer({ language, code, entry: ENTRY[language], tests, limits });
  return { ms: performance.now() - t0, result };
}

const rows: string[][] = [];
for (const language of ["javascript", "python"] as const) {
  const runs = language === "python" ? Math.min(RUNS, 100) : RUNS;
  const first = await timed(language, TYPICAL[language]);
  if (first.result.outcome !== "ok" || !first.result.results.every((r) => r.passed)) throw new Error(`${language}: ${JSON.stringify(first.result)}`);
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) starts.push(await timeWorkerStart(language));
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    await spareReady(language);
    warm.push((await timed(language, TYPICAL[language])).ms);
  }
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const backToBack: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    backToBack.push((await timed(language, TYPICAL[language])).ms);
    if ((i + 1) % Math.max(1, Math.floor(runs / 4)) === 0) rss.push(process.memoryUsage().rss);
  }
  const loops: number[] = [];
  for (let i = 0; i < 5; i++) {
    await spareReady(language);
    const loop = await timed(language, LOOP[language], { timeMs: 500 });
    if (loop.result.outcome !== "timeout") throw new Error(`${language} loop: ${loop.result.outcome}`);
    loops.push(loop.ms);
  }
  rows.push([
    language,
    `${first.ms.toFixed(0)} ms`,
    `${percentile(starts, 50).toFixed(0)} ms`,
    `${percentile(warm, 50).toFixed(0)} / ${percentile(warm, 95).toFixed(0)} ms`,
    `${percentile(backToBack, 50).toFixed(0)} / ${percentile(backToBack, 95).toFixed(0)} ms (${runs})`,
    `${percentile(loops, 50).toFixed(0)} ms`,
    `${mb(rss0)} → ${rss.map(mb).join(" → ")}`,
  ]);
}

// The sandbox alone, in this thread (no worker): what a run costs inside the worker.
const inThread: number[] = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  await runJavaScript({ code: TYPICAL.javascript, entry: "sortNumbers", tests });
  inThread.push(performance.now() - t0);
}

const head = [
  "language",
  "first run (cold)",
  "worker start p50",
  "run p50/p95, warm worker",
  "run p50/p95, back to back",
  "endless loop (500 ms limit)",
  "RSS over the back-to-back runs",
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
console.log([line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n"));
console.log(`JavaScript sandbox alone, no worker (fresh QuickJS module per run): p50 ${percentile(inThread, 50).toFixed(1)} ms · p95 ${percentile(inThread, 95).toFixed(1)} ms`);
process.exit(0);
