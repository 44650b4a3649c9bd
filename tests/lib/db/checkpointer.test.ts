// LangGraph's own conformance suite for checkpoint savers, run against the app's saver on this
// project's database (embedded PGlite, and PostgreSQL in the postgres project). Its CLI (1.1.1)
// does not start, so its validate() runs under Vitest here. Each saver it creates starts from
// empty tables, as the suite requires (one saver is live at a time).
import * as vitest from "vitest";
import { AppCheckpointSaver } from "@/lib/db/checkpointer";
import { getDb } from "@/lib/db/client";

// The suite calls Vitest's functions as globals (its CLI runs with globals on); this project does not.
Object.assign(globalThis, {
  describe: vitest.describe,
  it: vitest.it,
  test: vitest.test,
  expect: vitest.expect,
  beforeAll: vitest.beforeAll,
  afterAll: vitest.afterAll,
  beforeEach: vitest.beforeEach,
  afterEach: vitest.afterEach,
});
const { validate } = await import("@langchain/langgraph-checkpoint-validation");

validate({
  checkpointerName: "AppCheckpointSaver",
  async createCheckpointer() {
    const db = await getDb();
    await db.$executeRaw`DELETE FROM "GraphWrite"`;
    await db.$executeRaw`DELETE FROM "GraphBlob"`;
    await db.$executeRaw`DELETE FROM "GraphCheckpoint"`;
    return new AppCheckpointSaver();
  },
});
