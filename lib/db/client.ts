import "server-only";
// One database per process, kept on globalThis so `next dev` reloads reuse it, and
// opened lazily on first use, never during `next build`.
import { databaseUrl, env, isBuildPhase } from "@/lib/env";
import { describeDb, resolveDbConfig } from "./config";
import { openDatabase, type OpenDb } from "./open";

const globalForDb = globalThis as unknown as { __appDb?: Promise<OpenDb> };

async function open(): Promise<OpenDb> {
  const config = resolveDbConfig(databaseUrl());
  const db = await openDatabase(config, { poolMax: env().DATABASE_POOL_MAX });
  // The embedded database migrates itself so a fresh clone needs no extra step;
  // PostgreSQL is migrated by `npm run db:migrate` (run on deploy and by `npm start`).
  if (config.kind === "pglite") {
    const applied = await db.migrate();
    if (applied.length) console.log(`[db] ${describeDb(config)}: applied ${applied.join(", ")}`);
  }
  return db;
}

export function getOpenDb(): Promise<OpenDb> {
  if (isBuildPhase()) throw new Error("The database must not be opened during `next build`.");
  if (!globalForDb.__appDb) {
    globalForDb.__appDb = open().catch((error) => {
      globalForDb.__appDb = undefined; // let the next request retry instead of caching the failure
      throw error;
    });
  }
  return globalForDb.__appDb;
}

export async function getDb() {
  return (await getOpenDb()).prisma;
}

/** Tests and scripts: close and forget the process's database. */
export async function closeDb(): Promise<void> {
  const pending = globalForDb.__appDb;
  globalForDb.__appDb = undefined;
  if (pending) await (await pending).close();
}
