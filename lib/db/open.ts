// Opens one database (embedded PGlite or a PostgreSQL pool) with a Prisma client on top.
// Kept free of "server-only" so scripts share exactly this code; the app goes through client.ts.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../prisma/generated/client";
import type { DbConfig } from "./config";
import { applyMigrations, type SqlConnection } from "./migrate";

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
  // Loaded only when asked for, so a PostgreSQL deployment (e.g. serverless) never loads
  // PGlite's WebAssembly, and its build can leave the package out (next.config.mjs).
  if (config.kind === "pglite") return (await import("./open-pglite")).openPglite(config);
  return openPostgres(config.url, options.poolMax ?? 10, config);
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
          query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
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
