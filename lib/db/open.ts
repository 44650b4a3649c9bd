// Opens one database (embedded PGlite or a PostgreSQL pool) with a Prisma client on top.
// Kept free of "server-only" so scripts share exactly this code; the app goes through client.ts.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../prisma/generated/client";
import type { DbConfig } from "./config";
import { applyMigrations, type SqlConnection } from "./migrate";
import { acquirePgliteLock } from "./pglite-lock";

export interface OpenDb {
  config: DbConfig;
  prisma: PrismaClient;
  /** The embedded instance, for the LangGraph checkpointer; null on PostgreSQL. */
  pglite: PGlite | null;
  /** The PostgreSQL pool (shared with the checkpointer); null on PGlite. */
  pgPool: pg.Pool | null;
  /** Applies pending migrations; returns their names. */
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openDatabase(config: DbConfig, options: { poolMax?: number } = {}): Promise<OpenDb> {
  if (config.kind === "pglite") return openPglite(config);
  return openPostgres(config.url, options.poolMax ?? 10, config);
}

async function openPglite(config: Extract<DbConfig, { kind: "pglite" }>): Promise<OpenDb> {
  let release = () => {};
  let pglite: PGlite;
  if (config.dataDir === "memory") {
    pglite = new PGlite();
  } else {
    mkdirSync(config.dataDir, { recursive: true }); // PGlite does not create parent folders
    release = acquirePgliteLock(config.dataDir);
    pglite = new PGlite(config.dataDir);
  }
  await pglite.waitReady;
  const conn: SqlConnection = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <T,>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
  };
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    config,
    prisma,
    pglite,
    pgPool: null,
    migrate: () => applyMigrations(conn),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

async function openPostgres(url: string, poolMax: number, config: DbConfig): Promise<OpenDb> {
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  // An idle client erroring (server restart) must not crash the process; the pool replaces it.
  pool.on("error", (err) => console.error("[db] idle PostgreSQL client error:", err.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    config,
    prisma,
    pglite: null,
    pgPool: pool,
    migrate: async () => {
      const client = await pool.connect();
      try {
        const conn: SqlConnection = {
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <T,>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
        };
        return await applyMigrations(conn);
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
