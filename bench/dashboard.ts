// npm run bench:dashboard — a 1,000-student class (20 topics, 10,000 sessions, 80,000
// turns) generated in SQL, then the dashboard's queries and the page's server render
// timed, on the embedded DB and on PostgreSQL. Targets (page data p95 on PostgreSQL):
// ≤ 100 ms at 1,000 students, ≤ 300 ms at 10,000.
//
//   npm run bench:dashboard -- [--students 1000] [--sessions 10000] [--only embedded|postgres]
//
// Sessions go round-robin over the students, 8 turns each, whatever the size.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import "../scripts/load-env";
import { getDb, closeDb, getOpenDb } from "../lib/db/client";
import * as analytics from "../lib/db/queries/analytics";
import { resetEnvCache } from "../lib/env";
import { startPostgresCluster } from "../tests/support/postgres-cluster";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const STUDENTS = Number(arg("students", "1000"));
const SESSIONS = Number(arg("sessions", "10000"));
const ONLY = arg("only", "");
// Both go into the generating SQL as literals: whole positive numbers only.
for (const n of [STUDENTS, SESSIONS]) if (!Number.isInteger(n) || n < 1) throw new Error("--students and --sessions take whole numbers ≥ 1");
const RUNS = 15;
const count = (n: number) => n.toLocaleString("en-US");
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1)} ms · p95 ${pct(xs, 95).toFixed(1)} ms`;

const GENERATE = (students: number, sessions: number) => [
  `INSERT INTO "User"(id, name, email, "passwordHash", role, "updatedAt") VALUES ('binst', 'Bench Instructor', 'bench.instructor@example.test', 'x', 'INSTRUCTOR', now())`,
  `INSERT INTO "User"(id, name, email, "passwordHash", role, "updatedAt")
     SELECT 'bu' || i, 'Student ' || lpad(i::text, ${String(students).length}, '0'), 'bench' || i || '@example.test', 'x', 'STUDENT', now() FROM generate_series(1, ${students}) i`,
  `INSERT INTO "Batch"(id, name, "instructorId", "classCode", "updatedAt") VALUES ('bb', 'Bench class', 'binst', 'BENCH1', now())`,
  `INSERT INTO "Enrollment"(id, "batchId", "studentId", "joinedAt") SELECT 'be' || i, 'bb', 'bu' || i, now() - interval '90 days' FROM generate_series(1, ${students}) i`,
  `INSERT INTO "Topic"(id, "batchId", name, position, unlocked, "updatedAt") SELECT 'bt' || i, 'bb', 'Topic ' || i, i, true, now() FROM generate_series(1, 20) i`,
  `INSERT INTO "Question"(id, "topicId", text, difficulty, "updatedAt")
     SELECT 'bq' || t || '_' || q, 'bt' || t, 'Question ' || q || ' of topic ' || t, (ARRAY['EASY','MEDIUM','HARD'])[1 + q % 3]::"Difficulty", now()
     FROM generate_series(1, 20) t, generate_series(1, 10) q`,
  `INSERT INTO "InterviewSession"(id, "studentId", "topicId", "batchId", status, "overallScore", "startedAt", "lastActiveAt", "completedAt", grader)
     SELECT 'bs' || i, 'bu' || (1 + i % ${students}), 'bt' || (1 + (i / 7) % 20), 'bb',
            (CASE WHEN i % 10 = 0 THEN 'IN_PROGRESS' ELSE 'COMPLETED' END)::"SessionStatus",
            CASE WHEN i % 10 = 0 THEN NULL ELSE round((random() * 100)::numeric, 1)::float8 END,
            d, d + interval '20 minutes', CASE WHEN i % 10 = 0 THEN NULL ELSE d + interval '20 minutes' END, 'offline'
     FROM (SELECT i, now() - random() * interval '60 days' AS d FROM generate_series(1, ${sessions}) i) x`,
  `INSERT INTO "Turn"(id, "sessionId", index, kind, "questionId", "questionText", "answerText", verdict, score, relevance, accuracy, depth, clarity, grader, "answeredAt")
     SELECT 'btr' || s || '_' || k, 'bs' || s, k, (CASE WHEN k % 3 = 2 THEN 'FOLLOW_UP' ELSE 'MAIN' END)::"TurnKind",
            'bq' || (1 + (s / 7) % 20) || '_' || (1 + k % 10), 'Question text as asked', 'An answer of some length to look realistic.',
            (ARRAY['STRONG','SHALLOW','WRONG'])[1 + (s + k) % 3]::"Verdict", v, v, v, v, v, 'offline', now()
     FROM generate_series(1, ${sessions}) s, generate_series(0, 7) k, LATERAL (SELECT (random() * 100)::int AS v) r`,
  `ANALYZE`,
];

async function run(label: string) {
  await closeDb();
  resetEnvCache();
  await (await getOpenDb()).migrate();
  const db = await getDb();
  const t0 = performance.now();
  for (const sql of GENERATE(STUDENTS, SESSIONS)) await db.$executeRawUnsafe(sql);
  const made = `${count(STUDENTS)} students, 20 topics, 200 questions, ${count(SESSIONS)} sessions, ${count(SESSIONS * 8)} turns`;
  console.log(`\n== ${label} ==\ngenerated ${made} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const queries = {
    sessionsOverTime: () => analytics.sessionsOverTime("bb"),
    scoreHistogram: () => analytics.scoreHistogram("bb"),
    topicAverages: () => analytics.topicAverages("bb"),
    heatmap: () => analytics.heatmap("bb"),
    atRiskStudents: () => analytics.atRiskStudents("bb"),
    questionStats: () => analytics.questionStats("bb"),
    graderDisagreement: () => analytics.graderDisagreement("bb"),
    classSetup: () => analytics.classSetup("bb"),
  };
  await analytics.batchDashboard("bb"); // warm-up
  for (const [name, q] of Object.entries(queries)) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      await q();
      times.push(performance.now() - s);
    }
    console.log(`  ${name.padEnd(20)} ${fmt(times)}`);
  }
  const whole: number[] = [];
  let data: Awaited<ReturnType<typeof analytics.batchDashboard>> | null = null;
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    // As the page runs them: the setup counts (checklist or charts) beside the dashboard's queries.
    [, data] = await Promise.all([analytics.classSetup("bb"), analytics.batchDashboard("bb")]);
    whole.push(performance.now() - s);
  }
  console.log(`  page data (all queries, as the page runs them) ${fmt(whole)}`);

  const file = path.join(mkdtempSync(path.join(tmpdir(), "bench-dash-")), "data.json");
  writeFileSync(file, JSON.stringify(data));
  const out = execFileSync("npx", ["tsx", "bench/render-dashboard.tsx", file, String(RUNS)], { encoding: "utf8" });
  const { times, size } = JSON.parse(out.trim().split("\n").pop()!);
  console.log(`  server render of the dashboard (${(size / 1024).toFixed(0)} kB HTML) ${fmt(times)}`);
  await closeDb();
  return pct(whole, 95);
}

async function main() {
  if (ONLY !== "postgres") {
    const dir = mkdtempSync(path.join(tmpdir(), "bench-dashboard-"));
    process.env.DATABASE_URL = `pglite:${path.join(dir, "db")}`;
    await run("embedded PGlite");
    rmSync(dir, { recursive: true, force: true });
  }
  if (ONLY === "embedded") return;

  const cluster = await startPostgresCluster();
  if (!cluster) return console.log("\nPostgreSQL server binaries not found: skipping the PostgreSQL run.");
  try {
    process.env.DATABASE_URL = cluster.url;
    const p95 = await run("PostgreSQL 15 (local cluster)");
    // The targets are set at 1,000 and 10,000 students; sizes between take the larger one.
    const limit = STUDENTS <= 1000 ? 100 : 300;
    console.log(`\npage data p95 on PostgreSQL at ${count(STUDENTS)} students: ${p95.toFixed(1)} ms (target ≤ ${limit} ms: ${p95 <= limit ? "met" : "NOT met"})`);
  } finally {
    cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("bench:dashboard failed:", error);
    process.exit(1);
  },
);
