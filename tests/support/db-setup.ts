// Per test file: a fresh, migrated database — in-memory PGlite, or a new database on the
// throwaway PostgreSQL cluster when TEST_POSTGRES_URL is set.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import { interviewGraphBuilder } from "@/graph";
import { closeDb, getOpenDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { provideGraphBuilder } from "@/lib/interview/engine";

// What instrumentation.ts does for the server: lib/ is handed the graph's builder.
provideGraphBuilder(interviewGraphBuilder);

beforeAll(async () => {
  const admin = process.env.TEST_POSTGRES_URL;
  if (admin) {
    const name = `t_${randomBytes(6).toString("hex")}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    process.env.DATABASE_URL = admin.replace(/\/[^/]*$/, `/${name}`);
  } else {
    process.env.DATABASE_URL = "pglite:memory";
  }
  resetEnvCache();
  await closeDb();
  await (await getOpenDb()).migrate();
}, 60_000);

afterAll(async () => {
  await closeDb();
});
