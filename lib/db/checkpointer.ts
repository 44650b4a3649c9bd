import "server-only";
// LangGraph's PostgresSaver in the app's own database: on PostgreSQL it shares the pg pool;
// on the embedded database it runs over the same in-process PGlite (lib/db/pglite-pool.ts).
// Checkpoint tables live in their own schema, apart from Prisma's migrations.
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import pg from "pg";
import { getOpenDb } from "./client";
import type { OpenDb } from "./open";
import { PglitePool } from "./pglite-pool";

export const CHECKPOINT_SCHEMA = "langgraph";

const savers = new WeakMap<OpenDb, Promise<PostgresSaver>>();

/** Any fixed number; only instances of this app take it. */
const SETUP_LOCK_ID = 7_340_112;

export async function createCheckpointer(db: OpenDb): Promise<PostgresSaver> {
  const pool = (db.pglite ? new PglitePool(db.pglite) : db.pgPool) as unknown as pg.Pool;
  const saver = new PostgresSaver(pool, undefined, { schema: CHECKPOINT_SCHEMA });
  if (db.config.kind === "pglite") {
    await saver.setup();
    return saver;
  }
  // The saver's setup is not safe to run from two instances at once (both insert the same
  // migration rows), which is exactly what several fresh servers do on their first requests.
  // A session advisory lock on a connection of its own (not the pool's, which may have one
  // connection) makes them take turns; the second finds everything in place.
  const lock = new pg.Client({ connectionString: db.config.url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [SETUP_LOCK_ID]);
    await saver.setup();
  } finally {
    await lock.end(); // ends the session, releasing the lock
  }
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
