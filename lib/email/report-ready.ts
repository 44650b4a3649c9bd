import "server-only";
// "Your report is ready": sent once when an interview's report is first saved (lib/interview/engine.ts),
// unless the student turned it off (User.emailPrefs.reportReady).
import { reportNotice } from "@/lib/db/queries/email";
import { reportReady } from "./messages";
import { readEmailPrefs } from "@/lib/email-preferences";
import { type EmailMessage, emailEnabled, sendInBackground } from "./send";

export async function reportReadyMessage(sessionId: string): Promise<EmailMessage | null> {
  const found = await reportNotice(sessionId);
  if (!found || !readEmailPrefs(found.student.emailPrefs).reportReady) return null;
  return reportReady({ to: found.student.email, name: found.student.name, title: found.title, score: found.overallScore, reportUrl: `/report/${found.id}` });
}

/** Fire and forget: never awaited by the interview, never throws into it. */
export function notifyReportReady(sessionId: string): void {
  if (!emailEnabled()) return;
  sendInBackground(reportReadyMessage(sessionId));
}
