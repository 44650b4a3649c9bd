// The migrated database every PostgreSQL test file's database is copied from.
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrate";

export const TEMPLATE_DB = "t_migrated_template";

/** Creates TEMPLATE_DB on the cluster at adminUrl and applies every migration to it, once per run. */
export async function createMigratedTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: adminUrl.replace(/\/[^/]*$/, `/${TEMPLATE_DB}`) });
  await client.connect();
  try {
    await applyMigrations({
      exec: async (sql) => {
        await client.query(sql);
      },
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    });
  } finally {
    // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
    await client.end();
  }
}
