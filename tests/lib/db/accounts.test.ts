// Deleting an account: the row stays, anonymised, so a student's class answers stay in their
// class's analytics (the counts do not move); everything personal goes; nobody signs in again.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { DELETED_NAMES, deleteAccount, deletedEmail, renameAccount, saveEmailPrefs } from "@/lib/db/queries/accounts";
import { atRiskStudents, scoreHistogram, topicAverages } from "@/lib/db/queries/analytics";
import { createBatch } from "@/lib/db/queries/batches";
import { saveJobDescription, saveResumeDraft } from "@/lib/db/queries/documents";
import { roster, setBatchArchived } from "@/lib/db/queries/instructor";
import { findSessionUser, findUserForLogin } from "@/lib/db/queries/users";
import { checkCredentials } from "@/lib/auth/credentials";
import { resetEnvCache } from "@/lib/env";
import { setEngineModel } from "@/lib/interview/engine";
import { completedInterview } from "../../support/completed-interview";
import { FACTORY_PASSWORD, makeUser } from "../../support/factories";

beforeAll(() => {
  setEngineModel(null);
  process.env.DATA_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  resetEnvCache();
});

describe("deleting a student's account", () => {
  it("keeps class answers and scores (analytics unchanged) under the anonymised name, and deletes everything personal", async () => {
    const ctx = await completedInterview();
    const db = await getDb();
    const s = ctx.student;
    await saveResumeDraft(s.id, { text: "My resume", fileName: "cv.pdf" });
    await saveJobDescription(s.id, "A job");
    await saveEmailPrefs(s.id, { reportReady: false, weeklyDigest: true });
    const loop = await db.interviewLoop.create({ data: { studentId: s.id, role: "Dev", family: "backend", seniority: "MID", language: "en", rounds: [] } });
    const job = await db.interviewSession.create({ data: { studentId: s.id, source: "JOB_PRACTICE", title: "Backend engineer", status: "COMPLETED" } });
    const round = await db.interviewSession.create({ data: { studentId: s.id, source: "JOB_LOOP_ROUND", title: "Round", loopId: loop.id, roundIndex: 0 } });
    await db.turn.create({ data: { sessionId: job.id, index: 0, kind: "MAIN", questionText: "Tell me about yourself", answerText: "Personal story" } });
    // Job practice set as a class assignment is class work: it stays.
    const assignment = await db.assignment.create({
      data: {
        batchId: ctx.batch.id,
        setup: { role: "Backend engineer" },
        title: "Mock screen",
        opensAt: new Date(),
        dueAt: new Date(Date.now() + 86_400_000),
        createdById: ctx.instructor.id,
      },
    });
    const assigned = await db.interviewSession.create({
      data: { studentId: s.id, source: "JOB_PRACTICE", title: "Mock screen", batchId: ctx.batch.id, assignmentId: assignment.id, status: "COMPLETED", overallScore: 60 },
    });
    await db.answerRecording.create({ data: { sessionId: ctx.sessionId, turnIndex: 0, mimeType: "audio/webm", audio: Buffer.from("x"), sizeBytes: 1 } });
    await db.answerRecording.create({ data: { sessionId: job.id, turnIndex: 0, mimeType: "audio/webm", audio: Buffer.from("y"), sizeBytes: 1 } });
    const analytics = async () => JSON.stringify([await topicAverages(ctx.batch.id), await scoreHistogram(ctx.batch.id)]);
    const before = await analytics();
    const classTurns = await db.turn.count({ where: { sessionId: ctx.sessionId } });

    const { role, deletedSessions } = await deleteAccount(s.id);
    expect(role).toBe("STUDENT");
    expect(deletedSessions).toBe(2);

    // Class analytics and the class interview are as they were.
    expect(await analytics()).toBe(before);
    expect(await db.turn.count({ where: { sessionId: ctx.sessionId } })).toBe(classTurns);
    expect((await db.interviewSession.findUnique({ where: { id: ctx.sessionId } }))?.overallScore).not.toBeNull();
    // Personal data is gone.
    expect(await db.studentDocument.count({ where: { userId: s.id } })).toBe(0);
    expect(await db.interviewLoop.count({ where: { studentId: s.id } })).toBe(0);
    expect(await db.interviewSession.count({ where: { id: { in: [job.id, round.id] } } })).toBe(0);
    expect(await db.interviewSession.findUnique({ where: { id: assigned.id } })).toMatchObject({ studentId: s.id, overallScore: 60 });
    expect(await db.answerRecording.count({ where: { session: { studentId: s.id } } })).toBe(0);
    const row = await db.user.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({ name: DELETED_NAMES.STUDENT, email: deletedEmail(s.id), speechPrefs: null, emailPrefs: null });
    expect(row.deletedAt).not.toBeNull();
    expect(JSON.stringify(row)).not.toContain(s.email);
    expect(JSON.stringify(row)).not.toContain(s.name);
    // The roster shows the anonymised name; the at-risk list never names them.
    const names = (await roster(ctx.batch.id, ctx.instructor.id)).map((r) => r.name);
    expect(names).toContain(DELETED_NAMES.STUDENT);
    expect(names).not.toContain(s.name);
    expect((await atRiskStudents(ctx.batch.id)).map((r) => r.name)).not.toContain(s.name);
  });

  it("ends every session and every way back in", async () => {
    const s = await makeUser("STUDENT");
    expect(await findSessionUser(s.id)).not.toBeNull();
    await deleteAccount(s.id);
    expect(await findSessionUser(s.id)).toBeNull();
    expect(await findUserForLogin(s.email)).toBeNull();
    expect(await findUserForLogin(deletedEmail(s.id))).toBeNull();
    expect((await checkCredentials(s.email, FACTORY_PASSWORD, "10.9.9.9")).ok).toBe(false);
    await expect(renameAccount(s.id, "Back")).rejects.toMatchObject({ code: "not_found:account" });
    await expect(deleteAccount(s.id)).rejects.toMatchObject({ code: "not_found:account" });
    // The address is free for a new account.
    const again = await makeUser("STUDENT", { email: s.email });
    expect(again.id).not.toBe(s.id);
  });
});

describe("deleting an instructor's account", () => {
  it("is refused while they own a class that is not archived, with a message that says what to do", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    await createBatch(teacher.id, "Live class");
    await expect(deleteAccount(teacher.id)).rejects.toMatchObject({ code: "conflict:account", message: expect.stringContaining('"Live class"') });
    expect((await findSessionUser(teacher.id))?.name).toBe(teacher.name);
  });

  it("goes ahead once their classes are archived: the classes stay, and their assistant roles end", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const batch = await createBatch(teacher.id, "Old class");
    await setBatchArchived(batch.id, teacher.id, true);
    const other = await makeUser("INSTRUCTOR");
    const helped = await createBatch(other.id, "Helped class");
    const db = await getDb();
    await db.batchStaff.create({ data: { batchId: helped.id, userId: teacher.id, addedById: other.id } });
    await deleteAccount(teacher.id);
    expect(await db.batch.findUnique({ where: { id: batch.id } })).toMatchObject({ instructorId: teacher.id, archivedAt: expect.any(Date) });
    expect(await db.batchStaff.count({ where: { userId: teacher.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).name).toBe(DELETED_NAMES.INSTRUCTOR);
  });
});
