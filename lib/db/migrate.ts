// Applies prisma/migrations/<name>/migration.sql in order and records them in Prisma's
// own _prisma_migrations table, so `prisma migrate deploy` (on a machine that has the
// native engine) sees the same history. We need our own runner because the Prisma CLI
// cannot download its schema engine here (STACK-NOTES.md).
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** One connection: multi-statement exec plus parameterised queries. */
export interface SqlConnection {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
// Arbitrary constant: serialises migrators of several servers starting at once.
const LOCK_ID = 72_707_369;

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const files: MigrationFile[] = [];
  for (const name of names) {
    const sql = await readFile(/*turbopackIgnore: true*/ path.join(dir, name, "migration.sql"), "utf8").catch(() => null);
    if (sql === null) continue;
    files.push({ name, sql, checksum: createHash("sha256").update(sql).digest("hex") });
  }
  return files;
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Applies what is missing; returns the names applied. Each migration runs in its own transaction. */
export async function applyMigrations(conn: SqlConnection, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  if (migrations.length === 0) throw new Error(`No migrations found in ${dir}`);
  await conn.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
  try {
    await conn.exec(CREATE_TABLE);
    const rows = await conn.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r]));
    const applied: string[] = [];
    for (const m of migrations) {
      const prior = done.get(m.name);
      if (prior?.finished_at) {
        if (prior.checksum !== m.checksum) {
          console.warn(`[migrate] ${m.name} was edited after it was applied; leaving the database as it is.`);
        }
        continue;
      }
      if (prior) {
        throw new Error(`Migration ${m.name} failed earlier and is marked unfinished; fix the database, then delete its row from _prisma_migrations.`);
      }
      await conn.exec("BEGIN");
      try {
        await conn.exec(m.sql);
        await conn.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`, [
          randomUUID(),
          m.checksum,
          m.name,
        ]);
        await conn.exec("COMMIT");
      } catch (error) {
        await conn.exec("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await conn.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]);
  }
}
