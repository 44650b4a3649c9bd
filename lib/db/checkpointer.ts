import "server-only";
// LangGraph's PostgresSaver in the app's own database: on PostgreSQL it shares the pg pool;
// on the embedded database it runs over the same in-process PGlite (lib/db/pglite-pool.ts).
// Checkpoint tables live in their own schema, apart from Prisma's migrations.
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import type pg from "pg";
import { getOpenDb } from "./client";
import type { OpenDb } from "./open";
import { PglitePool } from "./pglite-pool";

export const CHECKPOINT_SCHEMA = "langgraph";

const savers = new WeakMap<OpenDb, Promise<PostgresSaver>>();

export async function createCheckpointer(db: OpenDb): Promise<PostgresSaver> {
  const pool = (db.pglite ? new PglitePool(db.pglite) : db.pgPool) as unknown as pg.Pool;
  const saver = new PostgresSaver(pool, undefined, { schema: CHECKPOINT_SCHEMA });
  await saver.setup();
  return saver;
}

export async function getCheckpointer(): Promise<PostgresSaver> {
  const db = await getOpenDb();
  let saver = savers.get(db);
  if (!saver) {
    saver = createCheckpointer(db);
    savers.set(db, saver);
    saver.catch(() => savers.delete(db));
  }
  return saver;
}
