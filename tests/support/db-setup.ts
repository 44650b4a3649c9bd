// Per test file: a fresh, migrated database — in-memory PGlite, or a new database on the
// throwaway PostgreSQL cluster when TEST_POSTGRES_URL is set.
//
// Nothing is opened or loaded here that a file may not need, on purpose: about half the test
// files never touch the database or the interviewer. Starting an in-memory PGlite costs seconds
// (its initdb runs inside WebAssembly) and loading Prisma's client and LangChain half a second,
// so the process's database opens on first use instead (lib/db/client.ts migrates an embedded
// one as it opens it). On PostgreSQL each file's database is a copy of one migrated template
// (tests/support/postgres-global-setup.ts), which takes milliseconds instead of a migration.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { resetEnvCache } from "@/lib/env";
import type { GraphBuilder } from "@/lib/interview/engine";
import { TEMPLATE_DB } from "./postgres-template";

// The two process-wide slots lib/ keeps on globalThis (lib/interview/engine.ts, lib/db/client.ts),
// written and read here without importing those modules.
const slots = globalThis as unknown as { __graphBuilder?: GraphBuilder; __appDb?: Promise<unknown> };

// What instrumentation.ts does for the server with provideGraphBuilder(): lib/ is handed the
// graph's builder. The graph (LangChain, LangGraph) is imported when an interview first runs.
// getInterviewGraph() chains the builder onto a promise, so a builder that returns a promise
// of the graph resolves to the graph itself.
slots.__graphBuilder = ((checkpointer: Parameters<GraphBuilder>[0]) => import("@/graph").then((m) => m.interviewGraphBuilder(checkpointer))) as unknown as GraphBuilder;

async function closeDbIfOpen(): Promise<void> {
  if (slots.__appDb) await (await import("@/lib/db/client")).closeDb();
}

beforeAll(async () => {
  const admin = process.env.TEST_POSTGRES_URL;
  if (admin) {
    const name = `t_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
    await client.end();
    process.env.DATABASE_URL = admin.replace(/\/[^/]*$/, `/${name}`);
  } else {
    process.env.DATABASE_URL = "pglite:memory";
  }
  resetEnvCache();
  await closeDbIfOpen();
}, 60_000);

afterAll(async () => {
  await closeDbIfOpen();
});
