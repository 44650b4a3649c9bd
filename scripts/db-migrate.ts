// npm run db:migrate — applies prisma/migrations to the database (PostgreSQL or embedded), over
// the direct URL when a Vercel database integration gave one (DATABASE_URL_UNPOOLED).
import "./load-env";
import { migrationDatabaseUrl } from "../lib/env";
import { describeDb, resolveDbConfig } from "../lib/db/config";
import { carryOverLegacyCheckpoints } from "../lib/db/legacy-checkpoints";
import { openDatabase } from "../lib/db/open";

async function main() {
  const config = resolveDbConfig(migrationDatabaseUrl());
  const db = await openDatabase(config, { poolMax: 1 });
  try {
    const applied = await db.migrate();
    const carried = await carryOverLegacyCheckpoints(db); // open interviews from before the app kept its own checkpoints
    if (carried) console.log(`carried ${carried} open interview(s) over to the new checkpoint tables`);
    console.log(`${describeDb(config)}: ${applied.length ? `applied ${applied.join(", ")}` : "already up to date"}`);
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`db:migrate failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
