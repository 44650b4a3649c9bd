// Ending an interview with a slow model, on two production servers sharing one PostgreSQL,
// with a local OpenAI-compatible endpoint: an answer sent while the report is being written
// is refused on either server, a second End waits for the first one's report (written once),
// and a streamed answer gets its first bytes at once however slow the model is.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { DEMO_STUDENT } from "../../prisma/seed-data";
import { AppServer, prepareDatabase, type ServerEnv } from "../support/app-server";
import { FakeOpenAI } from "../support/fake-openai";
import { freePort } from "../support/free-port";
import { HttpClient, studentTopicIds } from "../support/http-client";
import { postgresUnavailableReason, startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";
import { evaluationJson } from "../support/scripted-model";
import type { InterviewView } from "@/lib/interview/view";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const TOPIC = "Databases and SQL";
const narrative = JSON.stringify({ strengths: ["Clear definitions."], weaknesses: ["Thin on trade-offs."], actionPlan: ["Practise joins."] });
let cluster: PostgresCluster | null = null;
const fake = new FakeOpenAI(({ kind }) => {
  if (kind === "evaluate") return { text: evaluationJson("strong"), delayMs: 1500 };
  if (kind === "report") return { text: narrative, delayMs: 2500 };
  return { text: "Let us go on: could you explain the next idea?" };
});
const servers: AppServer[] = [];

test.beforeAll(async () => {
  if (postgresUnavailableReason()) return;
  cluster = await startPostgresCluster();
  await fake.start();
  const name = `ending_${Date.now()}`;
  const admin = new pg.Client({ connectionString: cluster!.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const env: ServerEnv = {
    DATABASE_URL: cluster!.url.replace(/\/postgres$/, `/${name}`),
    AUTH_SECRET: "ending-tests-only-secret-0123456789abcdef0123",
    SEED_DEMO: "true",
    LLM_BASE_URL: fake.baseURL,
    LLM_MODEL: "fake-model",
    LLM_TIMEOUT_MS: "10000",
  };
  prepareDatabase(env);
  for (let i = 0; i < 2; i++) {
    const server = new AppServer(await freePort(), env);
    servers.push(server);
    await server.start();
  }
});

test.afterAll(async () => {
  for (const s of servers) await s.stop("SIGKILL");
  await fake.stop();
  cluster?.stop();
});

async function signedIn(server: AppServer) {
  const client = new HttpClient(server.url);
  await client.login(DEMO_STUDENT.email, DEMO_STUDENT.password);
  return client;
}

test("an answer sent while ending gets 409 on either server; a second End waits and the report is written once", async () => {
  test.skip(!!postgresUnavailableReason(), `PostgreSQL server binaries: ${postgresUnavailableReason()}`);
  const [a, b] = [await signedIn(servers[0]!), await signedIn(servers[1]!)];
  const topicId = (await studentTopicIds(a)).get(TOPIC)!;
  const start = await a.json<InterviewView>("POST", "/api/interviews", { topicId });
  expect(start.status).toBe(201);
  const sessionId = start.body.sessionId;
  const one = await a.json<InterviewView>("POST", `/api/interviews/${sessionId}/answer`, { turn: 0, answer: "An index is a sorted structure that speeds up lookups." });
  expect(one.status).toBe(200);
  const next = one.body.pending!.turn;

  const reportsBefore = fake.count("report");
  const firstEnd = a.json<InterviewView>("POST", `/api/interviews/${sessionId}/end`, {});
  await new Promise((r) => setTimeout(r, 700)); // the report is being written on server A
  for (const client of [a, b]) {
    const late = await client.json<{ code: string; message: string }>("POST", `/api/interviews/${sessionId}/answer`, { turn: next, answer: "A late answer." });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/ended this interview/);
  }
  const secondEnd = await b.json<InterviewView>("POST", `/api/interviews/${sessionId}/end`, {});
  const first = await firstEnd;
  expect(first.status).toBe(200);
  expect(secondEnd.status).toBe(200);
  expect(first.body.status).toBe("COMPLETED");
  expect(secondEnd.body.status).toBe("COMPLETED");
  expect(first.body.report!.questions).toHaveLength(1);
  expect(fake.count("report") - reportsBefore).toBe(1);
  const after = await b.json<{ message: string }>("POST", `/api/interviews/${sessionId}/answer`, { turn: next, answer: "Later still." });
  expect(after.status).toBe(409);
});

test("a streamed answer sends its first bytes at once, before the slow model replies", async () => {
  test.skip(!!postgresUnavailableReason(), `PostgreSQL server binaries: ${postgresUnavailableReason()}`);
  const client = await signedIn(servers[1]!);
  const topicId = (await studentTopicIds(client)).get("Data structures")!;
  const start = await client.json<InterviewView>("POST", "/api/interviews", { topicId });
  const sent = Date.now();
  const res = await client.request(`/api/interviews/${start.body.sessionId}/answer`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ turn: start.body.pending!.turn, answer: "A stack is last in, first out." }),
  });
  const reader = res.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  const firstByteMs = Date.now() - sent;
  expect(res.headers.get("content-type")).toContain("text/event-stream");
  expect(first).toContain(": connected");
  expect(firstByteMs).toBeLessThan(1200); // the model takes 1.5 s to grade
  let rest = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    rest += new TextDecoder().decode(value);
  }
  expect(rest).toContain("event: result");
});
