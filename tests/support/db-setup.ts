// Per test file: a fresh, migrated database — in-memory PGlite, or a new database on the
// throwaway PostgreSQL cluster when TEST_POSTGRES_URL is set.
//
// Nothing is opened here, on purpose. Starting an in-memory PGlite costs seconds (its initdb
// runs inside WebAssembly), and about half the test files never touch the database: the
// process's database opens on first use instead (lib/db/client.ts migrates an embedded one
// as it opens it). On PostgreSQL each file's database is a copy of one migrated template
// (tests/support/postgres-global-setup.ts), which takes milliseconds instead of a migration.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { closeDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import type { GraphBuilder } from "@/lib/interview/engine";
import { provideGraphBuilder } from "@/lib/interview/engine";
import { TEMPLATE_DB } from "./postgres-template";

// What instrumentation.ts does for the server: lib/ is handed the graph's builder. The graph
// (LangChain, LangGraph) is imported when an interview first runs, not by every test file.
// getInterviewGraph() chains the builder onto a promise, so a builder that returns a promise
// of the graph resolves to the graph itself.
const lazyGraphBuilder = ((checkpointer: Parameters<GraphBuilder>[0]) => import("@/graph").then((m) => m.interviewGraphBuilder(checkpointer))) as unknown as GraphBuilder;
provideGraphBuilder(lazyGraphBuilder);

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
  await closeDb();
}, 60_000);

afterAll(async () => {
  await closeDb();
});
