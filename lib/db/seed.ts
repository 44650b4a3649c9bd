import "server-only";
// Idempotent demo data: re-running adds only what is missing and never resets passwords.
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ASSIGNMENT, DEMO_BATCH, DEMO_CODING_TOPIC, DEMO_INSTRUCTOR, DEMO_RESOURCES, DEMO_STUDENT, DEMO_TOPICS } from "../../prisma/seed-data";
import { getDb } from "./client";
import { addQuestions } from "./queries/topics";

async function ensureUser(user: { name: string; email: string; password: string }, role: "STUDENT" | "INSTRUCTOR") {
  const db = await getDb();
  const existing = await db.user.findUnique({ where: { email: user.email } });
  if (existing) return existing;
  return db.user.create({ data: { name: user.name, email: user.email, role, passwordHash: await hashPassword(user.password) } });
}

export async function seedDemo(): Promise<{ questionsAdded: number }> {
  const db = await getDb();
  const instructor = await ensureUser(DEMO_INSTRUCTOR, "INSTRUCTOR");
  const student = await ensureUser(DEMO_STUDENT, "STUDENT");

  const batch =
    (await db.batch.findUnique({ where: { classCode: DEMO_BATCH.classCode } })) ??
    (await db.batch.create({ data: { name: DEMO_BATCH.name, classCode: DEMO_BATCH.classCode, instructorId: instructor.id } }));

  await db.enrollment.upsert({
    where: { batchId_studentId: { batchId: batch.id, studentId: student.id } },
    create: { batchId: batch.id, studentId: student.id },
    update: {},
  });

  let questionsAdded = 0;
  const coding = { ...DEMO_CODING_TOPIC, questions: DEMO_CODING_TOPIC.questions.map((q) => ({ ...q, kind: "CODE" as const })) };
  for (const [position, topic] of [...DEMO_TOPICS, coding].entries()) {
    const row =
      (await db.topic.findFirst({ where: { batchId: batch.id, name: topic.name } })) ??
      (await db.topic.create({
        data: { batchId: batch.id, name: topic.name, description: topic.description, unlocked: topic.unlocked, position },
      }));
    questionsAdded += await addQuestions(row.id, topic.questions);
  }
  await ensureDemoAssignment(batch.id, instructor.id);
  await seedResources(batch.id, instructor.id);
  return { questionsAdded };
}

/** One assignment in the demo class, open now and due in a few days, so a new user sees one. */
async function ensureDemoAssignment(batchId: string, instructorId: string) {
  const db = await getDb();
  if (await db.assignment.findFirst({ where: { batchId, title: DEMO_ASSIGNMENT.title } })) return;
  const topic = await db.topic.findFirst({ where: { batchId, name: DEMO_ASSIGNMENT.topic } });
  if (!topic) return;
  const now = Date.now();
  await db.assignment.create({
    data: {
      batchId,
      topicId: topic.id,
      title: DEMO_ASSIGNMENT.title,
      instructions: DEMO_ASSIGNMENT.instructions,
      opensAt: new Date(now),
      dueAt: new Date(now + DEMO_ASSIGNMENT.dueInDays * 86_400_000),
      maxAttempts: DEMO_ASSIGNMENT.maxAttempts,
      createdById: instructorId,
    },
  });
}

/** The demo resources, each added once (matched by topic and title). */
async function seedResources(batchId: string, instructorId: string) {
  const db = await getDb();
  for (const r of DEMO_RESOURCES) {
    const topic = await db.topic.findFirst({ where: { batchId, name: r.topic }, select: { id: true } });
    if (!topic || (await db.resource.findFirst({ where: { topicId: topic.id, title: r.title } }))) continue;
    const question = r.question ? await db.question.findFirst({ where: { topicId: topic.id, text: r.question }, select: { id: true } }) : null;
    if (r.question && !question) continue;
    await db.resource.create({
      data: {
        batchId,
        topicId: topic.id,
        questionId: question?.id ?? null,
        keyPoint: r.keyPoint ?? null,
        title: r.title,
        url: r.url ?? null,
        note: r.note ?? "",
        createdById: instructorId,
      },
    });
  }
}

export async function hasDemoUsers(): Promise<boolean> {
  const db = await getDb();
  return (await db.user.count({ where: { email: { in: [DEMO_INSTRUCTOR.email, DEMO_STUDENT.email] } } })) === 2;
}

export const demoCredentials = {
  instructor: { email: DEMO_INSTRUCTOR.email, password: DEMO_INSTRUCTOR.password },
  student: { email: DEMO_STUDENT.email, password: DEMO_STUDENT.password },
  classCode: DEMO_BATCH.classCode,
};

/** Demo credentials are shown on the login page only on the embedded database, never on a real server. */
export async function demoAccountsToShow(): Promise<typeof demoCredentials | null> {
  const { databaseUrl } = await import("@/lib/env");
  const { resolveDbConfig } = await import("./config");
  if (resolveDbConfig(databaseUrl()).kind !== "pglite") return null;
  return (await hasDemoUsers()) ? demoCredentials : null;
}
