// npm run bench:engine — per-turn server overhead of the interviewer (graph + checkpoint +
// turns table) with an instant fake model, on the embedded DB and on PostgreSQL, plus the
// prompt size by turn index, for both interview sources (a class topic, and job practice with
// adaptive difficulty). Usage: npm run bench:engine [-- --interviews 100]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import "../scripts/load-env";
import { hashPassword } from "../lib/auth/password";
import { closeDb, getDb, getOpenDb } from "../lib/db/client";
import { enrollStudent } from "../lib/db/queries/batches";
import { demoCredentials, seedDemo } from "../lib/db/seed";
import { resetEnvCache } from "../lib/env";
import { interviewGraphBuilder } from "../graph";
import { provideGraphBuilder, setEngineModel } from "../lib/interview/engine";
import type { StartRequest } from "../lib/interview/sources";
import { BEHAVIOURAL_BANK, TECHNICAL_BANK } from "../lib/question-bank";
import { startInterview, submitAnswer } from "../lib/interview/service";
import { countMessageTokens, PROMPT_TOKEN_BUDGET } from "../lib/llm/tokens";
import { DEMO_TOPICS } from "../prisma/seed-data";
import { startPostgresCluster } from "../tests/support/postgres-cluster";
import { evaluationJson, gradesBehaviour, planJson, ScriptedChatModel } from "../tests/support/scripted-model";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const INTERVIEWS = arg("interviews", 100);

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const references = new Map([...DEMO_TOPICS.flatMap((t) => t.questions), ...Object.values(TECHNICAL_BANK).flat(), ...BEHAVIOURAL_BANK].map((q) => [q.text, q.referenceAnswer]));
const reference = (q: string) => references.get(q) ?? "An answer that explains the idea, gives an example and names a trade-off.";

type Source = "class" | "job";
const JOB_SETUP = { role: "Senior React developer", seniority: "SENIOR", focus: "MIXED", questionCount: 8, language: "en" } as const;

provideGraphBuilder(interviewGraphBuilder);

async function run(label: string, source: Source) {
  await closeDb();
  resetEnvCache();
  await getOpenDb().then((db) => db.migrate());
  await seedDemo();
  const db = await getDb();
  const batch = await db.batch.findUniqueOrThrow({ where: { classCode: demoCredentials.classCode }, include: { topics: { orderBy: { position: "asc" } } } });
  const topic = batch.topics[0]!;
  const passwordHash = await hashPassword("bench-password");

  // Alternate verdicts so follow-ups and summaries both happen, like a real mixed interview.
  let turnOfCall = 0;
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

  const turnMs: number[] = [];
  const started = Date.now();
  for (let i = 0; i < INTERVIEWS; i++) {
    const student = await db.user.create({
      data: { name: `Bench ${i}`, email: `bench.${source}.${label.replace(/\W+/g, "-").toLowerCase()}.${i}@example.test`, passwordHash, role: "STUDENT" },
    });
    await enrollStudent(batch.id, student.id);
    const user = { id: student.id, name: student.name, email: student.email, role: "STUDENT" as const, createdAt: student.createdAt };
    const request: StartRequest = source === "class" ? { source: "CLASS_TOPIC", topicId: topic.id } : { source: "JOB_PRACTICE", setup: JOB_SETUP };
    let view = (await startInterview(user, request)).view;
    turnOfCall = 0;
    while (view.pending) {
      const before = record.length;
      const t0 = performance.now();
      view = await submitAnswer(user, view.sessionId, view.pending.turn, { text: reference(view.pending.question) });
      turnMs.push(performance.now() - t0);
      // Prompts sent while handling this turn's answer (evaluation, next question, summary…).
      const sizes = record.slice(before).map((c) => countMessageTokens(c.messages));
      const list = tokensByTurn.get(turnOfCall) ?? [];
      list.push(Math.max(...sizes));
      tokensByTurn.set(turnOfCall++, list);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  console.log(`\n== ${label}, ${source === "class" ? "class topic" : "job practice (adaptive)"}: ${INTERVIEWS} interviews, ${turnMs.length} turns in ${seconds.toFixed(1)} s ==`);
  console.log(
    `per-turn server time (graph + checkpoint + turns table, fake model): p50 ${percentile(turnMs, 50).toFixed(1)} ms · p95 ${percentile(turnMs, 95).toFixed(1)} ms · p99 ${percentile(turnMs, 99).toFixed(1)} ms · max ${Math.max(...turnMs).toFixed(1)} ms`,
  );
  const rows = [...tokensByTurn.entries()].sort((a, b) => a[0] - b[0]);
  console.log(`largest prompt while handling each turn (tokens, budget ${PROMPT_TOKEN_BUDGET}):`);
  for (const [turn, sizes] of rows) console.log(`  turn ${turn + 1}: mean ${mean(sizes)} · max ${Math.max(...sizes)}`);
  const t2 = mean(tokensByTurn.get(1) ?? [0]);
  const t8 = mean(tokensByTurn.get(7) ?? [0]);
  console.log(`turn-8 / turn-2 prompt ratio: ${(t8 / t2).toFixed(2)} (target ≤ 1.30)`);
  await closeDb();
  return { p95: percentile(turnMs, 95) };
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-engine-"));
  const p95: string[] = [];
  for (const source of ["class", "job"] as const) {
    process.env.DATABASE_URL = `pglite:${path.join(dir, `db-${source}`)}`;
    const embedded = await run("embedded PGlite", source);
    console.log(`embedded p95 target ≤ 25 ms: ${embedded.p95 <= 25 ? "met" : "NOT met"}`);
    p95.push(`embedded ${source}: ${embedded.p95.toFixed(1)} ms`);
  }
  rmSync(dir, { recursive: true, force: true });

  const cluster = await startPostgresCluster();
  if (!cluster) {
    console.log("\nPostgreSQL server binaries not found: skipping the PostgreSQL run.");
    console.log(`\nper-turn p95 by source: ${p95.join(" · ")}`);
    return;
  }
  try {
    for (const source of ["class", "job"] as const) {
      process.env.DATABASE_URL = cluster.url;
      const postgres = await run("PostgreSQL 15 (local cluster)", source);
      p95.push(`PostgreSQL ${source}: ${postgres.p95.toFixed(1)} ms`);
    }
  } finally {
    cluster.stop();
  }
  console.log(`\nper-turn p95 by source: ${p95.join(" · ")}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("bench:engine failed:", error);
    process.exit(1);
  },
);
