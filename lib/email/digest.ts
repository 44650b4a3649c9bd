import "server-only";
// The weekly digest for instructors. Run by `npm run email:digest` (cron) and by an hourly check
// inside the server when e-mail is on (startDigestScheduler): whichever comes first sends it.
// Each instructor's digest is claimed before it is built (lastDigestAt moved forward in one
// conditional update), so several server instances and the cron job never send it twice.
import { claimDigest, digestCandidates, digestClasses, releaseDigest } from "@/lib/db/queries/email";
import { weeklyDigest } from "./messages";
import { readEmailPrefs } from "@/lib/email-preferences";
import { emailEnabled, sendEmail } from "./send";

export const DIGEST_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

export type DigestRun = { sent: number; failed: number; off: boolean };

export async function sendDueDigests(now = new Date()): Promise<DigestRun> {
  if (!emailEnabled()) return { sent: 0, failed: 0, off: true };
  const since = new Date(now.getTime() - DIGEST_INTERVAL_MS);
  let sent = 0;
  let failed = 0;
  for (const instructor of await digestCandidates(since)) {
    if (!readEmailPrefs(instructor.emailPrefs).weeklyDigest) continue;
    if (!(await claimDigest(instructor.id, now, since))) continue; // another instance has it
    const classes = await digestClasses(instructor.id, now);
    const message = weeklyDigest({
      to: instructor.email,
      name: instructor.name,
      classes: classes.map((c) => ({ name: c.name, url: `/instructor/batches/${c.id}`, atRisk: c.atRisk, overdue: c.overdue })),
    });
    if ((await sendEmail(message)) === "sent") sent++;
    else {
      failed++;
      await releaseDigest(instructor.id, now, instructor.lastDigestAt); // try again at the next check
    }
  }
  return { sent, failed, off: false };
}

const slot = globalThis as unknown as { __digestTimer?: ReturnType<typeof setInterval> };

/** The in-process check (instrumentation.ts): hourly, first a minute after start; nothing when e-mail is off. */
export function startDigestScheduler(): void {
  if (slot.__digestTimer || !emailEnabled()) return;
  const check = () =>
    void sendDueDigests().then(
      (run) => run.sent + run.failed > 0 && console.log(`[email] weekly digests: ${run.sent} sent, ${run.failed} failed`),
      (error) => console.error("[email] weekly digest check failed:", error instanceof Error ? error.message : error),
    );
  setTimeout(check, 60_000).unref();
  slot.__digestTimer = setInterval(check, CHECK_EVERY_MS);
  slot.__digestTimer.unref();
}
