// Vitest globalSetup for the "postgres" project: one cluster for the run; each test file
// gets its own database (tests/support/db-setup.ts).
import { startPostgresCluster } from "./postgres-cluster";

export default async function setup() {
  const cluster = await startPostgresCluster();
  if (!cluster) throw new Error("postgres project enabled without server binaries");
  process.env.TEST_POSTGRES_URL = cluster.url;
  return () => cluster.stop();
}
