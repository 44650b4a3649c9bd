// "Your report is ready" goes out once when a class interview's report is saved, in the
// background, and only to a student who has not turned it off; a broken mail server changes nothing.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveEmailPrefs } from "@/lib/db/queries/accounts";
import { setEngineModel } from "@/lib/interview/engine";
import { completedInterview } from "../../support/completed-interview";
import { TEST_APP_URL, smtpSinkForFile } from "../../support/email-env";
import { linkIn } from "../../support/smtp-sink";

const sink = smtpSinkForFile();

beforeAll(() => setEngineModel(null));
beforeEach(() => {
  sink.clear();
  sink.refuse = false;
});

describe("report ready e-mail", () => {
  it("is sent once to the student, with the score and an absolute link to the report", async () => {
    const ctx = await completedInterview();
    const mail = await sink.waitFor((m) => m.to.includes(ctx.student.email));
    const session = await (await getDb()).interviewSession.findUniqueOrThrow({ where: { id: ctx.sessionId } });
    expect(mail.subject).toBe(`Your report is ready: ${session.title}`);
    expect(mail.text).toContain(`You scored ${Math.round(session.overallScore!)} out of 100.`);
    expect(linkIn(mail.text, TEST_APP_URL)).toBe(`${TEST_APP_URL}/report/${ctx.sessionId}`);
    expect(mail.text).toContain(`${TEST_APP_URL}/account#email`);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages.filter((m) => m.to.includes(ctx.student.email))).toHaveLength(1);
  });

  it("is not sent to a student who turned it off", async () => {
    const first = await completedInterview(); // one mail, to check the path works
    await sink.waitFor((m) => m.to.includes(first.student.email));
    sink.clear();
    // A second student who opted out finishes an interview.
    const optedOut = await completedInterviewWith(async (studentId) => saveEmailPrefs(studentId, { reportReady: false, weeklyDigest: true }));
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.messages.filter((m) => m.to.includes(optedOut))).toHaveLength(0);
  });

  it("a mail server that refuses does not fail or change the interview", async () => {
    sink.refuse = true;
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const ctx = await completedInterview();
    const session = await (await getDb()).interviewSession.findUniqueOrThrow({ where: { id: ctx.sessionId } });
    expect(session.status).toBe("COMPLETED");
    expect(session.report).not.toBeNull();
    await vi.waitFor(() => expect(errors.mock.calls.some((c) => String(c[0]).includes("[email] could not send"))).toBe(true));
    errors.mockRestore();
  });
});

/** A completed interview by a student whose account `prepare` adjusts first; returns their e-mail. */
async function completedInterviewWith(prepare: (studentId: string) => Promise<void>): Promise<string> {
  const { addQuestions } = await import("@/lib/db/queries/topics");
  const { startInterview, submitAnswer } = await import("@/lib/interview/service");
  const { makeBatchWithTopic } = await import("../../support/factories");
  const { INTERVIEW_BANK } = await import("../../support/completed-interview");
  const ctx = await makeBatchWithTopic();
  await prepare(ctx.student.id);
  await addQuestions(ctx.topic.id, INTERVIEW_BANK);
  let view = (await startInterview(ctx.student, { source: "CLASS_TOPIC", topicId: ctx.topic.id })).view;
  while (view.pending) view = await submitAnswer(ctx.student, view.sessionId, view.pending.turn, { text: "An answer of some sort." });
  expect(view.status).toBe("COMPLETED");
  return ctx.student.email;
}
