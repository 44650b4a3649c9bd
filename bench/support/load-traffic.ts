// Database traffic of bench:load's servers, seen by the latency proxy in front of PostgreSQL.
// Under load starts and answers overlap in time, so the proxy cannot say which request sent
// what. Two figures instead:
//  - a calibration interview, taken alone before the crowd (one extra student, no think
//    time): exact round trips and statements of one start, each answer and the final answer,
//    through the same HTTP routes (session check included);
//  - the crowd's totals (proxy counters diffed around the run, after the servers started and
//    answered the probe), divided by the number of requests; and an estimate per answer that
//    takes away the starts at their calibrated cost.
import type { InterviewView } from "../../lib/interview/view";
import { HttpClient } from "../../tests/support/http-client";
import { policyAnswer } from "../../tests/support/http-interview";
import { diffCounts, type LatencyProxy, type TrafficCounts } from "./latency-proxy";
import { mean, trafficLine } from "./stats";

export type Calibration = { start: TrafficCounts; answers: TrafficCounts[]; final: TrafficCounts };

export async function calibrate(proxy: LatencyProxy, baseUrl: string, cookie: string, topicId: string): Promise<Calibration> {
  const client = new HttpClient(baseUrl);
  client.setCookie("authjs.session-token", cookie);
  const measure = async <T>(work: () => Promise<T>): Promise<[T, TrafficCounts]> => {
    const before = proxy.snapshot();
    const result = await work();
    return [result, diffCounts(proxy.snapshot(), before)];
  };
  const [started, start] = await measure(() => client.json<InterviewView>("POST", "/api/interviews", { topicId }));
  if (started.status !== 201) throw new Error(`calibration start: ${started.status}`);
  let view = started.body;
  let lastMain: string | null = null;
  const answers: TrafficCounts[] = [];
  let final: TrafficCounts | null = null;
  while (view.status === "IN_PROGRESS" && view.pending) {
    if (view.pending.kind === "MAIN") lastMain = view.pending.question;
    const body = { turn: view.pending.turn, answer: policyAnswer(view.pending.question, lastMain) };
    const [r, traffic] = await measure(() => client.json<InterviewView>("POST", `/api/interviews/${view.sessionId}/answer`, body));
    if (r.status !== 200) throw new Error(`calibration answer: ${r.status}`);
    view = r.body;
    if (view.pending) answers.push(traffic);
    else final = traffic;
  }
  if (!final) throw new Error(`calibration interview ended ${view.status} without a final answer`);
  return { start, answers, final };
}

export function printCalibration(c: Calibration): void {
  console.log("database traffic of one interview alone (calibration, through the proxy):");
  console.log(`  per start:            ${trafficLine([c.start])}`);
  console.log(`  per non-final answer: ${trafficLine(c.answers)}`);
  console.log(`  per final answer:     ${trafficLine([c.final])}`);
}

export function printCrowdTraffic(total: TrafficCounts, starts: number, answers: number, c: Calibration): void {
  const requests = starts + answers;
  console.log(
    `database traffic under load: ${total.roundTrips} round trips, ${total.statements} statements, ${total.connections} connections opened, for ${starts} starts + ${answers} answers`,
  );
  console.log(`  per request (all traffic ÷ requests): round trips ${(total.roundTrips / requests).toFixed(1)} · statements ${(total.statements / requests).toFixed(1)}`);
  const perAnswer = (key: "roundTrips" | "statements") => ((total[key] - starts * c.start[key]) / Math.max(1, answers)).toFixed(1);
  const calibrated = (key: "roundTrips" | "statements") => mean([...c.answers, c.final].map((a) => a[key])).toFixed(1);
  console.log(
    `  per answer, starts taken away at their calibrated cost: round trips ${perAnswer("roundTrips")} (alone ${calibrated("roundTrips")}) · statements ${perAnswer("statements")} (alone ${calibrated("statements")})`,
  );
}
