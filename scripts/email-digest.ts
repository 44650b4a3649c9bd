// npm run email:digest — sends the weekly digest to every instructor due one (for cron, e.g.
// `0 7 * * 1 cd /srv/interview-practice && npm run email:digest`). Safe to run often and from
// several machines: an instructor gets at most one digest a week.
import "./load-env";
import { closeDb, getOpenDb } from "../lib/db/client";
import { sendDueDigests } from "../lib/email/digest";

async function main(): Promise<number> {
  const db = await getOpenDb();
  await db.migrate();
  const run = await sendDueDigests();
  if (run.off) {
    console.error("E-mail is off: set SMTP_URL and APP_URL (see .env.example). Nothing was sent.");
    return 1;
  }
  console.log(`Weekly digests: ${run.sent} sent${run.failed ? `, ${run.failed} failed (they are tried again next time)` : ""}.`);
  return run.failed > 0 ? 1 : 0;
}

main()
  .then(
    (code) => code,
    (error) => {
      console.error(`email:digest failed: ${error instanceof Error ? error.message : error}`);
      return 1;
    },
  )
  .then(async (code) => {
    await closeDb().catch(() => {});
    process.exit(code);
  });
