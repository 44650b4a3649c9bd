// One bench:engine run: seeds the demo class, then takes N interviews through the service
// (startInterview / submitAnswer, no HTTP) with an instant fake model, timing each start and
// answer and diffing the database traffic meter around each (round trips, statements).
import { hashPassword } from "../../lib/auth/password";
import { closeDb, getDb, getOpenDb } from "../../lib/db/client";
import { enrollStudent } from "../../lib/db/queries/batches";
import { demoCredentials, seedDemo } from "../../lib/db/seed";
import { resetEnvCache } from "../../lib/env";
import { startInterview, submitAnswer } from "../../lib/interview/service";
import type { StartRequest } from "../../lib/interview/sources";
import { countMessageTokens } from "../../lib/llm/tokens";
import { BEHAVIOURAL_BANK, TECHNICAL_BANK } from "../../lib/question-bank";
import { DEMO_TOPICS } from "../../prisma/seed-data";
import { evaluationJson, gradesBehaviour, planJson, ScriptedChatModel } from "../../tests/support/scripted-model";
import { setEngineModel } from "../../lib/interview/engine";
import { diffCounts, type TrafficCounts } from "./latency-proxy";
import { PgliteCounter } from "./pglite-counter";

export type Source = "class" | "job";
export type Meter = { snapshot(): TrafficCounts };
export type Timed = { ms: number; traffic: TrafficCounts };
export type EngineRun = {
  label: string;
  source: Source;
  seconds: number;
  starts: Timed[];
  answers: Timed[];
  finals: Timed[];
  tokensByTurn: Map<number, number[]>;
  /** Round trips seen between one answer returning and the next being sent: work left running in the background. */
  betweenAnswers: number;
};

const JOB_SETUP = { role: "Senior React developer", seniority: "SENIOR", focus: "MIXED", questionCount: 8, language: "en" } as const;
const references = new Map([...DEMO_TOPICS.flatMap((t) => t.questions), ...Object.values(TECHNICAL_BANK).flat(), ...BEHAVIOURAL_BANK].map((q) => [q.text, q.referenceAnswer]));
const reference = (q: string) => references.get(q) ?? "An answer that explains the idea, gives an example and names a trade-off.";

async function timed<T>(meter: Meter, work: () => Promise<T>): Promise<[T, Timed, TrafficCounts]> {
  const before = meter.snapshot();
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  const after = meter.snapshot();
  return [result, { ms, traffic: diffCounts(after, before) }, before];
}

/** meter: the latency proxy for PostgreSQL; null for the embedded database (counted in process). */
export async function runEngine(label: string, source: Source, interviews: number, proxyMeter: Meter | null): Promise<EngineRun> {
  await closeDb();
  resetEnvCache();
  const open = await getOpenDb();
  await open.migrate();
  const meter: Meter = proxyMeter ?? (open.pglite ? new PgliteCounter(open.pglite) : { snapshot: () => ({ connections: 0, roundTrips: 0, statements: 0 }) });
  await seedDemo();
  const db = await getDb();
  const batch = await db.batch.findUniqueOrThrow({ where: { classCode: demoCredentials.classCode }, include: { topics: { orderBy: { position: "asc" } } } });
  const topic = batch.topics[0]!;
  const passwordHash = await hashPassword("bench-password");

  // Alternate verdicts so follow-ups and summaries both happen, like a real mixed interview.
  const tokensByTurn = new Map<number, number[]>();
  const fake = new ScriptedChatModel(({ kind, n, system }) => {
    if (kind === "plan") return planJson(10, 4);
    if (kind === "evaluate") return evaluationJson(n % 3 === 0 ? "shallow" : "strong", undefined, { star: gradesBehaviour(system) });
    if (kind === "phrase") return "Here is the next question, in other words.";
    if (kind === "counter") return "Could you go one level deeper on that?";
    if (kind === "summarize") return "The student answered most questions well and missed some trade-offs. ".repeat(3);
    return JSON.stringify({ strengths: ["Clear."], weaknesses: ["Thin."], actionPlan: ["Practise."] });
  });
  const record = fake.calls;
  setEngineModel({ model: fake, name: "fake", timeoutMs: 5000 });

  const out: EngineRun = { label, source, seconds: 0, starts: [], answers: [], finals: [], tokensByTurn, betweenAnswers: 0 };
  const started = Date.now();
  for (let i = 0; i < interviews; i++) {
    const student = await db.user.create({
      data: { name: `Bench ${i}`, email: `bench.${source}.${label.replace(/\W+/g, "-").toLowerCase()}.${i}@example.test`, passwordHash, role: "STUDENT" },
    });
    await enrollStudent(batch.id, student.id);
    const user = { id: student.id, name: student.name, email: student.email, role: "STUDENT" as const, createdAt: student.createdAt };
    const request: StartRequest = source === "class" ? { source: "CLASS_TOPIC", topicId: topic.id } : { source: "JOB_PRACTICE", setup: JOB_SETUP };
    const [start, startSample] = await timed(meter, () => startInterview(user, request));
    out.starts.push(startSample);
    let view = start.view;
    let turnOfCall = 0;
    let lastReturned = meter.snapshot();
    while (view.pending) {
      const before = record.length;
      const pending = view.pending;
      const [next, sample, sent] = await timed(meter, () => submitAnswer(user, view.sessionId, pending.turn, { text: reference(pending.question) }));
      out.betweenAnswers += sent.roundTrips - lastReturned.roundTrips;
      lastReturned = meter.snapshot();
      view = next;
      // The answer after which nothing is pending is the one that grades the last turn and writes the report.
      (view.pending ? out.answers : out.finals).push(sample);
      // Prompts sent while handling this turn's answer (evaluation, next question, summary…).
      const sizes = record.slice(before).map((c) => countMessageTokens(c.messages));
      const list = tokensByTurn.get(turnOfCall) ?? [];
      list.push(Math.max(...sizes));
      tokensByTurn.set(turnOfCall++, list);
    }
  }
  out.seconds = (Date.now() - started) / 1000;
  await closeDb();
  return out;
}
