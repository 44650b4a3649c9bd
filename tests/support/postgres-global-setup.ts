// Vitest globalSetup for the "postgres" project: one cluster for the run, migrated once into a
// template; each test file gets its own copy of it (tests/support/db-setup.ts).
import { startPostgresCluster } from "./postgres-cluster";
import { createMigratedTemplate } from "./postgres-template";

export default async function setup() {
  const cluster = await startPostgresCluster();
  if (!cluster) throw new Error("postgres project enabled without server binaries");
  try {
    await createMigratedTemplate(cluster.url);
  } catch (error) {
    cluster.stop();
    throw error;
  }
  process.env.TEST_POSTGRES_URL = cluster.url;
  return () => cluster.stop();
}
