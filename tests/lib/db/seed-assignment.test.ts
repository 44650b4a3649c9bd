import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { studentAssignments } from "@/lib/db/queries/assignments";
import { demoCredentials, seedDemo } from "@/lib/db/seed";
import { DEMO_ASSIGNMENT } from "../../../prisma/seed-data";

describe("demo seed: an assignment", () => {
  it("gives the demo student one open assignment due in a few days, once however often it runs", async () => {
    await seedDemo();
    await seedDemo();
    const db = await getDb();
    const student = await db.user.findUniqueOrThrow({ where: { email: demoCredentials.student.email } });
    const mine = await studentAssignments(student.id);
    expect(mine.map((a) => [a.title, a.topic?.name, a.maxAttempts, a.progress.status])).toEqual([[DEMO_ASSIGNMENT.title, DEMO_ASSIGNMENT.topic, 2, "NOT_STARTED"]]);
    const daysLeft = (mine[0]!.dueAt.getTime() - Date.now()) / 86_400_000;
    expect(daysLeft).toBeGreaterThan(DEMO_ASSIGNMENT.dueInDays - 0.1);
    expect(mine[0]!.opensAt.getTime()).toBeLessThanOrEqual(Date.now());
  });
});
