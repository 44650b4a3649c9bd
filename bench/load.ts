// npm run bench:load — N simulated students each take a full interview at the same time,
// over HTTP, against the production server (`next start` from .next, built if missing) with
// the offline grader: on PostgreSQL (one or more server processes) and on the embedded DB.
// Prints throughput, start and turn latency p50/p95/p99, errors, and where server time goes
// (from the Server-Timing header of each answer).
//
//   npm run bench:load -- [--students 200] [--think-ms 10000] [--servers 1] [--pool 20] [--only postgres|embedded] [--db-latency-ms 0]
//
// --think-ms is the mean pause between a reply and the next answer (uniform 0.5×–1.5×);
// real students take 30 s or more to type an answer. --think-ms 0 is a stress test: every
// student fires the next answer the instant the last reply lands.
// On PostgreSQL the servers reach the database through a loopback latency proxy that adds
// --db-latency-ms each way and counts round trips and statements (bench/support/load-traffic.ts).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import "../scripts/load-env";
import { hashPassword } from "../lib/auth/password";
import { closeDb, getOpenDb } from "../lib/db/client";
import { enrollStudent, findBatchByCode } from "../lib/db/queries/batches";
import { createUser } from "../lib/db/queries/users";
import { demoCredentials, seedDemo } from "../lib/db/seed";
import { resetEnvCache } from "../lib/env";
import type { InterviewView } from "../lib/interview/view";
import { AppServer } from "../tests/support/app-server";
import { freePort } from "../tests/support/free-port";
import { HttpClient, studentTopicIds } from "../tests/support/http-client";
import { policyAnswer } from "../tests/support/http-interview";
import { startPostgresCluster } from "../tests/support/postgres-cluster";
import { LatencyProxy, diffCounts } from "./support/latency-proxy";
import { type Calibration, calibrate, printCalibration, printCrowdTraffic } from "./support/load-traffic";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const STUDENTS = Number(arg("students", "200"));
const THINK_MS = Number(arg("think-ms", "10000"));
const SERVERS = Number(arg("servers", "1"));
const POOL = arg("pool", "20");
const ONLY = arg("only", "");
const DB_LATENCY_MS = Number(arg("db-latency-ms", "0"));
const TOPIC = "Databases and SQL";
const AUTH_SECRET = "bench-load-secret-not-for-production-0123456789";

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Creates the students in the database and returns their session cookies (minted like Auth.js does). */
async function makeStudents(databaseUrl: string, count: number) {
  process.env.DATABASE_URL = databaseUrl;
  resetEnvCache();
  await closeDb();
  await (await getOpenDb()).migrate();
  await seedDemo();
  const batch = (await findBatchByCode(demoCredentials.classCode))!;
  const passwordHash = await hashPassword("bench-password"); // one hash: nobody logs in with it
  const cookies: string[] = [];
  for (let i = 0; i < count; i++) {
    const user = await createUser({ name: `Load ${i}`, email: `load.${i}@example.test`, passwordHash, role: "STUDENT" });
    await enrollStudent(batch.id, user.id);
    const token = await encode({
      secret: AUTH_SECRET,
      salt: "authjs.session-token",
      token: { sub: user.id, uid: user.id, role: "STUDENT", sv: 0, name: user.name, email: user.email },
    });
    cookies.push(token);
  }
  await closeDb(); // the embedded database allows one process: hand it to the server
  return cookies;
}

type Sample = { ms: number; timing: Record<string, number> };

function serverTiming(headers: Headers): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of (headers.get("server-timing") ?? "").split(",")) {
    const m = /([\w-]+);dur=([\d.]+)/.exec(part.trim());
    if (m) out[m[1]!] = Number(m[2]);
  }
  return out;
}

async function student(baseUrls: string[], index: number, cookie: string, topicId: string, turns: Sample[], starts: Sample[], errors: string[]) {
  // Each request may land on any server, as behind a load balancer.
  const clients = baseUrls.map((u) => {
    const c = new HttpClient(u);
    c.setCookie("authjs.session-token", cookie);
    return c;
  });
  const pick = (n: number) => clients[(index + n) % clients.length]!;
  const think = () => new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
  try {
    // The class is told "start now": everyone clicks within one think time (at most 10 s).
    await new Promise((r) => setTimeout(r, Math.random() * Math.min(THINK_MS, 10_000)));
    let t0 = performance.now();
    const started = await pick(0).json<InterviewView>("POST", "/api/interviews", { topicId });
    starts.push({ ms: performance.now() - t0, timing: serverTiming(started.headers) });
    if (started.status !== 201) throw new Error(`start ${started.status} ${JSON.stringify(started.body).slice(0, 200)}`);
    let view = started.body;
    let lastMain: string | null = null;
    let n = 1;
    while (view.status === "IN_PROGRESS" && view.pending) {
      await think();
      if (view.pending.kind === "MAIN") lastMain = view.pending.question;
      const body = { turn: view.pending.turn, answer: policyAnswer(view.pending.question, lastMain) };
      t0 = performance.now();
      const r = await pick(n++).json<InterviewView>("POST", `/api/interviews/${view.sessionId}/answer`, body);
      turns.push({ ms: performance.now() - t0, timing: serverTiming(r.headers) });
      if (r.status !== 200) throw new Error(`turn ${body.turn}: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      view = r.body;
    }
    if (view.status !== "COMPLETED") throw new Error(`ended ${view.status} with pending ${JSON.stringify(view.pending)}`);
  } catch (error) {
    errors.push(`student ${index}: ${(error as Error).message}`);
  }
}

/** proxy: in front of PostgreSQL (databaseUrl is then the proxy's), to count the servers' traffic. */
async function run(label: string, databaseUrl: string, serverCount: number, proxy: LatencyProxy | null = null) {
  // Two more students than the crowd: calibration interviews taken alone first; the first one
  // also pays the server's one-time work (checkpoint table setup, caches), so the second is kept.
  const all = await makeStudents(databaseUrl, STUDENTS + (proxy ? 2 : 0));
  const cookies = all.slice(0, STUDENTS);
  const env = { DATABASE_URL: databaseUrl, AUTH_SECRET, DATABASE_POOL_MAX: POOL, SEED_DEMO: "false" };
  // BENCH_PROFILE_DIR=<dir>: each server writes a CPU profile there when it stops (open in Chrome DevTools).
  const nodeArgs = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const servers: AppServer[] = [];
  try {
    for (let i = 0; i < serverCount; i++) {
      const s = new AppServer(await freePort(), env, nodeArgs);
      await s.start();
      servers.push(s);
    }
    const probe = new HttpClient(servers[0]!.url);
    probe.setCookie("authjs.session-token", cookies[0]!);
    const id = (await studentTopicIds(probe)).get(TOPIC);
    if (!id) throw new Error("demo topic not found on the student dashboard");

    let calibration: Calibration | null = null;
    if (proxy) {
      const cold = await calibrate(proxy, servers[0]!.url, all[STUDENTS]!, id);
      calibration = await calibrate(proxy, servers[0]!.url, all[STUDENTS + 1]!, id);
      console.log(`(first interview on the fresh server: start ${cold.start.roundTrips} round trips, kept the second one's ${calibration.start.roundTrips})`);
    }

    const turns: Sample[] = [];
    const starts: Sample[] = [];
    const errors: string[] = [];
    const trafficBefore = proxy?.snapshot();
    const t0 = performance.now();
    await Promise.all(
      cookies.map((c, i) =>
        student(
          servers.map((s) => s.url),
          i,
          c,
          id,
          turns,
          starts,
          errors,
        ),
      ),
    );
    const seconds = (performance.now() - t0) / 1000;
    const crowdTraffic = proxy && trafficBefore ? diffCounts(proxy.snapshot(), trafficBefore) : null;

    const lat = turns.map((t) => t.ms);
    console.log(`\n== ${label}: ${STUDENTS} students at once, think time ${THINK_MS} ms, ${serverCount} server process(es), pool ${POOL} ==`);
    console.log(
      `interviews completed ${STUDENTS - errors.length}/${STUDENTS} · errors ${errors.length} · ${turns.length} answers in ${seconds.toFixed(1)} s → ${(turns.length / seconds).toFixed(1)} answers/s`,
    );
    console.log(`answer latency (client): p50 ${ms(percentile(lat, 50))} · p95 ${ms(percentile(lat, 95))} · p99 ${ms(percentile(lat, 99))} · max ${ms(Math.max(...lat))}`);
    const startMs = starts.map((t) => t.ms);
    console.log(`start latency (client):  p50 ${ms(percentile(startMs, 50))} · p95 ${ms(percentile(startMs, 95))} · p99 ${ms(percentile(startMs, 99))}`);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const breakdown = (samples: Sample[]) => {
      const names = [...new Set(samples.flatMap((t) => Object.keys(t.timing)))];
      return names.map((p) => `${p} ${mean(samples.map((t) => t.timing[p] ?? 0)).toFixed(1)}`).join(" · ");
    };
    console.log(`server time per answer, mean ms (Server-Timing; grade and turn-write are inside graph): ${breakdown(turns)}`);
    console.log(`server time per start, mean ms: ${breakdown(starts)}`);
    const queue = mean(turns.map((t) => t.ms - (t.timing.total ?? 0)));
    console.log(`outside the handler (HTTP, proxy, waiting for the event loop): mean ${queue.toFixed(1)} ms`);
    if (calibration && crowdTraffic) {
      printCalibration(calibration);
      printCrowdTraffic(crowdTraffic, starts.length, turns.length, calibration);
    } else console.log("database traffic: not counted on the embedded database (it runs inside the server process)");
    for (const e of errors.slice(0, 5)) console.log(`  error: ${e}`);
    if (errors.length)
      for (const s of servers)
        console.log(
          `  server :${s.port} log (errors):\n${s.output
            .split("\n")
            .filter((l) => /error|Error|at /.test(l))
            .slice(0, 30)
            .join("\n")}`,
        );
    return { p95: percentile(lat, 95), errors: errors.length };
  } finally {
    for (const s of servers) await s.stop();
  }
}

function ensureBuild() {
  if (existsSync(".next/BUILD_ID")) return;
  console.log("no production build in .next: running `next build` first…");
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}

async function main() {
  ensureBuild();
  if (ONLY !== "embedded") {
    const cluster = await startPostgresCluster();
    if (!cluster) console.log("PostgreSQL server binaries not found: skipping the PostgreSQL run.");
    else {
      try {
        const admin = new pg.Client({ connectionString: cluster.url });
        await admin.connect();
        await admin.query("CREATE DATABASE load_bench");
        await admin.end();
        const direct = cluster.url.replace(/\/postgres$/, "/load_bench");
        const proxy = await new LatencyProxy({ host: "127.0.0.1", port: cluster.port }, DB_LATENCY_MS).start();
        let r: Awaited<ReturnType<typeof run>>;
        try {
          r = await run(`PostgreSQL 15 (local cluster) +${DB_LATENCY_MS} ms each way`, proxy.urlFor(direct), SERVERS, proxy);
        } finally {
          await proxy.stop();
        }
        console.log(`target (PostgreSQL: ${STUDENTS} concurrent interviews, 0 errors, answer p95 ≤ 250 ms): ${r.errors === 0 && r.p95 <= 250 ? "met" : "NOT met"}`);
      } finally {
        await closeDb();
        cluster.stop();
      }
    }
  }
  if (ONLY !== "postgres") {
    const dir = mkdtempSync(path.join(tmpdir(), "bench-load-"));
    try {
      await run("embedded PGlite", `pglite:${path.join(dir, "db")}`, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error("bench:load failed:", error);
    process.exit(1);
  },
);
