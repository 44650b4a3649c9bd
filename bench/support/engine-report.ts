// Prints one bench:engine run and the issue-19 target lines.
import { PROMPT_TOKEN_BUDGET } from "../../lib/llm/tokens";
import type { EngineRun, Timed } from "./engine-run";
import { latencyLine, maxOf, mean, percentile, trafficLine } from "./stats";

const ms = (xs: Timed[]) => xs.map((x) => x.ms);
export const allAnswers = (run: EngineRun) => [...run.answers, ...run.finals];
const verdict = (ok: boolean) => (ok ? "met" : "NOT met");

export function printRun(run: EngineRun): void {
  const all = allAnswers(run);
  const source = run.source === "class" ? "class topic" : "job practice (adaptive)";
  console.log(`\n== ${run.label}, ${source}: ${run.starts.length} interviews, ${all.length} answers in ${run.seconds.toFixed(1)} s ==`);
  console.log(`answer server time (graph + checkpoint + turns table, fake model), all:  ${latencyLine(ms(all))} · max ${Math.max(...ms(all)).toFixed(1)} ms`);
  console.log(`  non-final answers: ${latencyLine(ms(run.answers))}`);
  console.log(`  final answers (report written): ${latencyLine(ms(run.finals))}`);
  console.log(`start server time: ${latencyLine(ms(run.starts), [50, 95])}`);
  console.log(`database traffic per start:            ${trafficLine(run.starts.map((s) => s.traffic))}`);
  console.log(`database traffic per non-final answer: ${trafficLine(run.answers.map((s) => s.traffic))}`);
  console.log(`database traffic per final answer:     ${trafficLine(run.finals.map((s) => s.traffic))}`);
  const opened = [...run.starts, ...all].reduce((n, s) => n + s.traffic.connections, 0);
  // Should be 0: otherwise an answer leaves work running after it returns, which the per-answer counts miss.
  if (run.betweenAnswers) console.log(`round trips between one answer returning and the next starting (background work): ${run.betweenAnswers}`);
  if (opened) console.log(`new database connections opened during starts and answers: ${opened}`);

  const rows = [...run.tokensByTurn.entries()].sort((a, b) => a[0] - b[0]);
  const meanInt = (xs: number[]) => Math.round(mean(xs));
  console.log(`largest prompt while handling each turn (tokens, budget ${PROMPT_TOKEN_BUDGET}):`);
  for (const [turn, sizes] of rows) console.log(`  turn ${turn + 1}: mean ${meanInt(sizes)} · max ${Math.max(...sizes)}`);
  const t2 = meanInt(run.tokensByTurn.get(1) ?? [0]);
  const t8 = meanInt(run.tokensByTurn.get(7) ?? [0]);
  console.log(`turn-8 / turn-2 prompt ratio: ${(t8 / t2).toFixed(2)} (target ≤ 1.30)`);
}

export function answerP95(run: EngineRun): number {
  return percentile(ms(allAnswers(run)), 95);
}

/** Round-trip targets of issue 19: ≤ 6 per non-final answer, ≤ 10 per final one (report included). */
export function printRoundTripTargets(run: EngineRun): void {
  const nonFinal = maxOf(
    run.answers.map((s) => s.traffic),
    "roundTrips",
  );
  const final = maxOf(
    run.finals.map((s) => s.traffic),
    "roundTrips",
  );
  console.log(
    `round trips per non-final answer (max) ${nonFinal} (target ≤ 6: ${verdict(nonFinal <= 6)}) · per final answer (max) ${final} (target ≤ 10: ${verdict(final <= 10)})`,
  );
}

export function printLatencyTarget(what: string, p95: number, limit: number): void {
  console.log(`${what} answer p95 ${p95.toFixed(1)} ms, target ≤ ${limit} ms: ${verdict(p95 <= limit)}`);
}

/**
 * (mean at N − mean at 0) / (2·N): how many database round trips per answer really sat on
 * the critical path (queries on separate pooled connections overlap, so this can be below
 * the counted round trips; client-side work does not scale with N, so it cancels out).
 */
export function printSequentialWaits(base: EngineRun, delayed: EngineRun, delayMs: number, measuredDelayMs: number): void {
  const kinds: [string, (r: EngineRun) => Timed[]][] = [
    ["all answers", allAnswers],
    ["non-final", (r) => r.answers],
    ["final", (r) => r.finals],
    ["starts", (r) => r.starts],
  ];
  const parts = kinds.map(([name, pick]) => {
    const added = mean(ms(pick(delayed))) - mean(ms(pick(base)));
    return `${name} ${(added / (2 * delayMs)).toFixed(1)} (${(added / (2 * measuredDelayMs)).toFixed(1)})`;
  });
  console.log(`sequential waits at +${delayMs} ms (${delayed.source}): ${parts.join(" · ")}`);
  console.log(`  (in brackets: divided by the delay really applied, ${measuredDelayMs.toFixed(2)} ms each way on average — timers fire late on a busy machine)`);
}
