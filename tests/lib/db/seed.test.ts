import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { demoCredentials, hasDemoUsers, seedDemo } from "@/lib/db/seed";
import { findUserForLogin } from "@/lib/db/queries/users";
import { verifyPassword } from "@/lib/auth/password";
import { readCodeSpec } from "@/lib/questions/code/spec";
import { DEMO_CODING_TOPIC, DEMO_RESOURCES, DEMO_TOPICS } from "../../../prisma/seed-data";

describe("demo seed", () => {
  it("creates the demo instructor, student, class, three topics of real questions and a coding topic", async () => {
    const { questionsAdded } = await seedDemo();
    expect(questionsAdded).toBeGreaterThanOrEqual(24);
    expect(await hasDemoUsers()).toBe(true);

    const db = await getDb();
    const batch = await db.batch.findUniqueOrThrow({
      where: { classCode: demoCredentials.classCode },
      include: { enrollments: { include: { student: true } }, topics: { include: { questions: true }, orderBy: { position: "asc" } } },
    });
    expect(batch.enrollments.map((e) => e.student.email)).toEqual([demoCredentials.student.email]);
    expect(batch.topics.map((t) => t.name)).toEqual([...DEMO_TOPICS.map((t) => t.name), DEMO_CODING_TOPIC.name]);
    const coding = batch.topics.pop()!;
    expect(coding.questions.map((q) => [q.kind, readCodeSpec(q.code)?.entry])).toEqual(DEMO_CODING_TOPIC.questions.map((q) => ["CODE", q.code.entry]));
    for (const topic of batch.topics) {
      expect(topic.questions.length).toBeGreaterThanOrEqual(8);
      expect(new Set(topic.questions.map((q) => q.difficulty))).toEqual(new Set(["EASY", "MEDIUM", "HARD"]));
      for (const q of topic.questions) {
        expect(q.referenceAnswer?.length ?? 0).toBeGreaterThan(80);
        expect(q.keyPoints.length).toBeGreaterThanOrEqual(3);
      }
    }
    // Demo resources, each on its topic (and question and key point, as the question has it); the leaderboard is left off.
    const resources = await db.resource.findMany({ where: { batchId: batch.id }, include: { topic: true, question: true } });
    expect(resources.map((r) => r.title).sort()).toEqual(DEMO_RESOURCES.map((r) => r.title).sort());
    for (const r of resources) {
      const seed = DEMO_RESOURCES.find((s) => s.title === r.title)!;
      expect([r.topic.name, r.question?.text, r.keyPoint ?? undefined]).toEqual([seed.topic, seed.question, seed.keyPoint]);
      if (r.keyPoint) expect(r.question!.keyPoints).toContain(r.keyPoint);
    }
    expect(batch.leaderboardEnabled).toBe(false);
    const student = await findUserForLogin(demoCredentials.student.email);
    expect(await verifyPassword(demoCredentials.student.password, student!.passwordHash)).toBe(true);
  });

  it("is idempotent: a second run adds nothing", async () => {
    await seedDemo();
    const db = await getDb();
    const before = {
      users: await db.user.count(),
      topics: await db.topic.count(),
      questions: await db.question.count(),
      enrollments: await db.enrollment.count(),
      resources: await db.resource.count(),
    };
    expect((await seedDemo()).questionsAdded).toBe(0);
    const after = {
      users: await db.user.count(),
      topics: await db.topic.count(),
      questions: await db.question.count(),
      enrollments: await db.enrollment.count(),
      resources: await db.resource.count(),
    };
    expect(after).toEqual(before);
  });
});
