// Crash safety, several servers on one database, and concurrency — against real production
// servers (`next start` child processes on their own ports and databases), driven over HTTP.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { DEMO_STUDENT } from "../../prisma/seed-data";
import { AppServer, prepareDatabase, type ServerEnv } from "../support/app-server";
import { freePort } from "../support/free-port";
import { HttpClient, studentTopicIds } from "../support/http-client";
import { driveInterview, outcome, settle } from "../support/http-interview";
import { postgresUnavailableReason, startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const TOPIC = "Databases and SQL";
const AUTH_SECRET = "resilience-tests-only-secret-0123456789abcdef";
let cluster: PostgresCluster | null = null;
const cleanups: (() => Promise<void> | void)[] = [];
let reference: ReturnType<typeof outcome> | null = null;

test.beforeAll(async () => {
  cluster = await startPostgresCluster();
  if (cluster) cleanups.push(() => cluster!.stop());
});

test.afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function freshDatabase(kind: "embedded" | "postgres"): Promise<ServerEnv> {
  let url: string;
  if (kind === "embedded") {
    const dir = mkdtempSync(path.join(tmpdir(), "resilience-pglite-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    url = `pglite:${dir}`;
  } else {
    const name = `resilience_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
    const admin = new pg.Client({ connectionString: cluster!.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url = cluster!.url.replace(/\/postgres$/, `/${name}`);
  }
  const env: ServerEnv = { DATABASE_URL: url, AUTH_SECRET, SEED_DEMO: "true" };
  prepareDatabase(env);
  return env;
}

async function startServer(env: ServerEnv, port?: number): Promise<AppServer> {
  const server = new AppServer(port ?? (await freePort()), env);
  cleanups.push(() => server.stop("SIGKILL"));
  await server.start();
  return server;
}

async function studentOn(server: AppServer): Promise<{ client: HttpClient; topicId: string }> {
  const client = new HttpClient(server.url);
  await client.login(DEMO_STUDENT.email, DEMO_STUDENT.password);
  const topicId = (await studentTopicIds(client)).get(TOPIC);
  expect(topicId, "the demo topic is on the student's dashboard").toBeTruthy();
  return { client, topicId: topicId! };
}

/** No answer lost or changed, no turn twice: the report's turns are 0..n-1, each with the answer we sent. */
function expectIntact(result: Awaited<ReturnType<typeof driveInterview>>) {
  const questions = result.view.report!.questions;
  expect(questions.map((q) => q.index)).toEqual(questions.map((_, i) => i));
  expect(questions.length).toBe(result.sent.size);
  for (const q of questions) expect(q.answer, `turn ${q.index}`).toBe(result.sent.get(q.index));
}

test("reference: one embedded server, one interview", async () => {
  const server = await startServer(await freshDatabase("embedded"));
  const { client, topicId } = await studentOn(server);
  const result = await driveInterview(client, topicId);
  expectIntact(result);
  reference = outcome(result.view);
  expect(reference.status).toBe("COMPLETED");
  expect(reference.turns).toBe(8);
  // Two vague answers → exactly two probing follow-ups; so the hard questions never fit in 8 turns.
  expect(reference.graded.filter((q) => q.followUp)).toHaveLength(2);
  expect(reference.graded.map((q) => q.verdict).sort()).toEqual(["shallow", "shallow", "strong", "strong", "strong", "strong"]);
  await server.stop();
});

for (const kind of ["embedded", "postgres"] as const) {
  test(`SIGKILL during turn 3 on the ${kind} database: restart, finish, nothing lost or duplicated`, async () => {
    test.skip(kind === "postgres" && !!postgresUnavailableReason(), `PostgreSQL server binaries: ${postgresUnavailableReason()}`);
    const env = await freshDatabase(kind);
    let server = await startServer(env);
    const { client, topicId } = await studentOn(server);
    let crashed = "";
    const result = await driveInterview(client, topicId, {
      interrupt: async (turn, submit) => {
        if (turn !== 3 || crashed) return null;
        const inFlight = submit().catch((e: Error) => e);
        await new Promise((r) => setTimeout(r, 15)); // the answer is on its way, grading may have begun
        await server.stop("SIGKILL");
        const outcomeOfRequest = await inFlight;
        crashed = outcomeOfRequest instanceof Error ? "request cut off" : `request finished first (${(outcomeOfRequest as { status: number }).status})`;
        server = new AppServer(server.port, env); // same port: the student's client just retries
        cleanups.push(() => server.stop("SIGKILL"));
        await server.start();
        // The browser reloads the session; whatever state the crash left, it continues from there.
        return settle(client, (await client.json<{ sessionId: string }>("POST", "/api/interviews", { topicId })).body.sessionId, 60_000);
      },
    });
    console.log(`[resilience] ${kind}: SIGKILL at turn 3 — ${crashed}`);
    expect(crashed).not.toBe("");
    expectIntact(result);
    expect(outcome(result.view)).toEqual(reference);
    await server.stop();
  });
}

test("two servers, one PostgreSQL: turns alternate between them and the result is the same", async () => {
  test.skip(!!postgresUnavailableReason(), `PostgreSQL server binaries: ${postgresUnavailableReason()}`);
  const env = await freshDatabase("postgres");
  const [a, b] = [await startServer(env), await startServer(env)];
  const onA = await studentOn(a);
  const onB = new HttpClient(b.url);
  await onB.login(DEMO_STUDENT.email, DEMO_STUDENT.password);
  const servedBy: string[] = [];
  const result = await driveInterview(onA.client, onA.topicId, {
    clientFor: (turn) => {
      const c = turn % 2 === 0 ? onA.client : onB;
      servedBy.push(c === onA.client ? "A" : "B");
      return c;
    },
  });
  expect(new Set(servedBy)).toEqual(new Set(["A", "B"]));
  expectIntact(result);
  expect(outcome(result.view)).toEqual(reference);

  // Concurrency across both servers: 20 simultaneous submissions of one turn → one evaluation.
  const { client, topicId } = await studentOn(b);
  const other = (await studentTopicIds(client)).get("Data structures")!;
  const opened = await Promise.all([
    client.json<{ sessionId: string }>("POST", "/api/interviews", { topicId: other }),
    onA.client.json<{ sessionId: string }>("POST", "/api/interviews", { topicId: other }),
  ]);
  expect(opened.map((r) => r.status).sort()).toEqual([200, 201]); // two tabs on two servers → one session
  expect(opened[0].body.sessionId).toBe(opened[1].body.sessionId);
  const sessionId = opened[0].body.sessionId;
  const first = await settle(client, sessionId);
  const answer = "A stack is last in, first out; a queue is first in, first out.";
  const burst = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? onA.client : client).json<{ turnsAnswered: number; pending: { turn: number } | null }>("POST", `/api/interviews/${sessionId}/answer`, {
        turn: first.pending!.turn,
        answer,
      }),
    ),
  );
  expect(burst.map((r) => r.status)).toEqual(Array(20).fill(200));
  const after = await settle(client, sessionId);
  expect(after.turnsAnswered).toBe(1); // graded once: a second evaluation would have answered turn 1 too
  expect(after.pending!.turn).toBe(first.pending!.turn + 1);
  for (const r of burst) expect(r.body.turnsAnswered).toBe(1);
  void topicId;
});
