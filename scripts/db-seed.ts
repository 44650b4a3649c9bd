// npm run db:seed — adds the demo accounts, class and questions (idempotent).
import "./load-env";
import { closeDb, getOpenDb } from "../lib/db/client";
import { demoCredentials, seedDemo } from "../lib/db/seed";

async function main() {
  const db = await getOpenDb();
  await db.migrate();
  const { questionsAdded } = await seedDemo();
  const c = demoCredentials;
  console.log(`Demo data ready (${questionsAdded} new questions).`);
  console.log(`  instructor  ${c.instructor.email} / ${c.instructor.password}`);
  console.log(`  student     ${c.student.email} / ${c.student.password}`);
  console.log(`  class code  ${c.classCode}`);
  await closeDb();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`db:seed failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
