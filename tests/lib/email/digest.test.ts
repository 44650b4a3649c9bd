// The weekly digest: what it tells an instructor about each class they teach, that it goes out at
// most once a week whoever runs it (several instances at once included), and who does not get it.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { deleteAccount, saveEmailPrefs } from "@/lib/db/queries/accounts";
import { createBatch, enrollStudent } from "@/lib/db/queries/batches";
import { DIGEST_INTERVAL_MS, sendDueDigests } from "@/lib/email/digest";
import { setEngineModel } from "@/lib/interview/engine";
import { TEST_APP_URL, smtpSinkForFile } from "../../support/email-env";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

const sink = smtpSinkForFile();

beforeAll(() => setEngineModel(null));
beforeEach(async () => {
  sink.clear();
  sink.refuse = false;
  // Each test starts with nobody due: earlier tests' instructors have had this week's digest.
  const db = await getDb();
  await db.user.updateMany({ data: { lastDigestAt: new Date() } });
});

async function classWithOverdueAssignment() {
  const ctx = await makeBatchWithTopic();
  const db = await getDb();
  await db.user.update({ where: { id: ctx.instructor.id }, data: { lastDigestAt: null } });
  const done = await makeUser("STUDENT", { name: "Dana Done" });
  const idle = await makeUser("STUDENT", { name: "Ivo Idle" });
  for (const s of [done, idle]) await enrollStudent(ctx.batch.id, s.id);
  const now = Date.now();
  const assignment = await db.assignment.create({
    data: {
      batchId: ctx.batch.id,
      topicId: ctx.topic.id,
      title: "Week 1 practice",
      opensAt: new Date(now - 9 * 86_400_000),
      dueAt: new Date(now - 2 * 86_400_000),
      createdById: ctx.instructor.id,
    },
  });
  await db.interviewSession.create({
    data: { studentId: done.id, topicId: ctx.topic.id, batchId: ctx.batch.id, assignmentId: assignment.id, status: "COMPLETED", overallScore: 80, completedAt: new Date() },
  });
  // Everyone joined long ago, so whoever has not practised for a week is flagged as inactive.
  await db.enrollment.updateMany({ where: { batchId: ctx.batch.id }, data: { joinedAt: new Date(now - 30 * 86_400_000) } });
  return { ...ctx, done, idle };
}

describe("weekly digest", () => {
  it("lists, per class taught, students at risk and who has not completed an overdue assignment", async () => {
    const ctx = await classWithOverdueAssignment();
    const run = await sendDueDigests();
    expect(run).toMatchObject({ sent: 1, failed: 0 });
    const mail = await sink.waitFor((m) => m.to.includes(ctx.instructor.email));
    expect(mail.subject).toBe("Your weekly class digest");
    expect(mail.text).toContain(`== ${ctx.batch.name} ==`);
    expect(mail.text).toMatch(/Students who may need help \(\d+\): .*Ivo Idle \(inactive\)/);
    expect(mail.text).toMatch(/Week 1 practice, due \d{4}-\d\d-\d\d: not completed by 2 \(.*Ivo Idle.*\)/);
    expect(mail.text).not.toMatch(/not completed by .*Dana Done/);
    expect(mail.text).toContain(`${TEST_APP_URL}/instructor/batches/${ctx.batch.id}`);
    expect(mail.text).toContain(`${TEST_APP_URL}/account#email`);
  });

  it("goes out once a week, however many runs there are, even at the same moment", async () => {
    const ctx = await classWithOverdueAssignment();
    const runs = await Promise.all([sendDueDigests(), sendDueDigests(), sendDueDigests()]);
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect((await sendDueDigests()).sent).toBe(0);
    expect(sink.messages.filter((m) => m.to.includes(ctx.instructor.email))).toHaveLength(1);
    // A week later it is due again.
    await sendDueDigests(new Date(Date.now() + DIGEST_INTERVAL_MS + 60_000));
    expect(sink.messages.filter((m) => m.to.includes(ctx.instructor.email))).toHaveLength(2);
  });

  it("skips instructors who turned it off, deleted accounts and archived-only teachers; retries after a failed send", async () => {
    const off = await classWithOverdueAssignment();
    await saveEmailPrefs(off.instructor.id, { reportReady: true, weeklyDigest: false });
    const archivedOnly = await makeUser("INSTRUCTOR");
    const db = await getDb();
    const old = await createBatch(archivedOnly.id, "Old");
    await db.batch.update({ where: { id: old.id }, data: { archivedAt: new Date() } });
    const gone = await makeUser("INSTRUCTOR");
    await deleteAccount(gone.id);
    await db.user.updateMany({ where: { id: { in: [archivedOnly.id, gone.id] } }, data: { lastDigestAt: null } });
    expect((await sendDueDigests()).sent).toBe(0);

    const retried = await classWithOverdueAssignment();
    sink.refuse = true;
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await sendDueDigests()).toMatchObject({ sent: 0, failed: 1 });
    expect((await db.user.findUniqueOrThrow({ where: { id: retried.instructor.id } })).lastDigestAt).toBeNull();
    sink.refuse = false;
    expect((await sendDueDigests()).sent).toBe(1);
    vi.restoreAllMocks();
  });
});
