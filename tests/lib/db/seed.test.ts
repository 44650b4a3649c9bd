import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { demoCredentials, hasDemoUsers, seedDemo } from "@/lib/db/seed";
import { findUserForLogin } from "@/lib/db/queries/users";
import { verifyPassword } from "@/lib/auth/password";

describe("demo seed", () => {
  it("creates the demo instructor, student, class and three topics of real questions", async () => {
    const { questionsAdded } = await seedDemo();
    expect(questionsAdded).toBeGreaterThanOrEqual(24);
    expect(await hasDemoUsers()).toBe(true);

    const db = await getDb();
    const batch = await db.batch.findUniqueOrThrow({
      where: { classCode: demoCredentials.classCode },
      include: { enrollments: { include: { student: true } }, topics: { include: { questions: true }, orderBy: { position: "asc" } } },
    });
    expect(batch.enrollments.map((e) => e.student.email)).toEqual([demoCredentials.student.email]);
    expect(batch.topics).toHaveLength(3);
    for (const topic of batch.topics) {
      expect(topic.questions.length).toBeGreaterThanOrEqual(8);
      expect(new Set(topic.questions.map((q) => q.difficulty))).toEqual(new Set(["EASY", "MEDIUM", "HARD"]));
      for (const q of topic.questions) {
        expect(q.referenceAnswer?.length ?? 0).toBeGreaterThan(80);
        expect(q.keyPoints.length).toBeGreaterThanOrEqual(3);
      }
    }
    const student = await findUserForLogin(demoCredentials.student.email);
    expect(await verifyPassword(demoCredentials.student.password, student!.passwordHash)).toBe(true);
  });

  it("is idempotent: a second run adds nothing", async () => {
    await seedDemo();
    const db = await getDb();
    const before = { users: await db.user.count(), topics: await db.topic.count(), questions: await db.question.count(), enrollments: await db.enrollment.count() };
    expect((await seedDemo()).questionsAdded).toBe(0);
    const after = { users: await db.user.count(), topics: await db.topic.count(), questions: await db.question.count(), enrollments: await db.enrollment.count() };
    expect(after).toEqual(before);
  });
});
