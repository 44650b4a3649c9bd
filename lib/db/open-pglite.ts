// The embedded database: PGlite in a folder (or in memory) with Prisma's PGlite adapter.
// Imported lazily by open.ts.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../prisma/generated/client";
import { makePrivateDir } from "../private-files";
import type { DbConfig } from "./config";
import { applyMigrations, type SqlConnection } from "./migrate";
import type { OpenDb } from "./open";
import { acquirePgliteLock } from "./pglite-lock";

export async function openPglite(config: Extract<DbConfig, { kind: "pglite" }>): Promise<OpenDb> {
  let release = () => {};
  let pglite: PGlite;
  if (config.dataDir === "memory") {
    pglite = new PGlite();
  } else {
    makePrivateDir(config.dataDir); // PGlite does not create parent folders; 0700: the data is private
    release = acquirePgliteLock(config.dataDir);
    pglite = new PGlite(config.dataDir);
  }
  await pglite.waitReady;
  const conn: SqlConnection = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
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
