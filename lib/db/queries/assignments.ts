import "server-only";
// Assignments: what an instructor sets a class, and where each student stands on it. Ownership:
// classAccess (lib/db/queries/class-access.ts) — "manage" to change, "view" to look. A student sees
// the assignments of the classes they are enrolled in (not removed, class not archived).
import { progressOf, type StudentProgress } from "@/lib/assignments/progress";
import { assignmentMessages, type NewAssignment, type Schedule } from "@/lib/assignments/validation";
import { AppError } from "@/lib/errors";
import { jobSetupSchema, type JobSetup } from "@/lib/job-practice/setup";
import type { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";
import { classAccess } from "./class-access";

const notFound = () => new AppError("not_found:assignment", assignmentMessages.notFound);

/** A stored job-practice setup, read back through its schema (never trusted as is). */
export function assignmentSetup(value: unknown): JobSetup | null {
  const parsed = jobSetupSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The class's topics an assignment may use (not archived; locked ones too: assigning opens them to the assignment). */
export async function assignableTopics(batchId: string) {
  const db = await getDb();
  return db.topic.findMany({ where: { batchId, archivedAt: null }, orderBy: { position: "asc" }, select: { id: true, name: true, unlocked: true } });
}

/** Creates it (the caller checked the class is theirs to manage); the topic must be one of the class's live topics. */
export async function createAssignment(createdById: string, input: NewAssignment) {
  const db = await getDb();
  let what: { topicId: string | null; setup: Prisma.InputJsonValue | undefined; defaultTitle: string };
  if (input.kind === "TOPIC") {
    const topic = await db.topic.findFirst({ where: { id: input.topicId, batchId: input.batchId, archivedAt: null }, select: { id: true, name: true } });
    if (!topic) throw new AppError("bad_request:assignment", assignmentMessages.topicGone);
    what = { topicId: topic.id, setup: undefined, defaultTitle: topic.name };
  } else {
    what = { topicId: null, setup: input.setup as Prisma.InputJsonValue, defaultTitle: input.setup.role };
  }
  return db.assignment.create({
    data: {
      batchId: input.batchId,
      topicId: what.topicId,
      setup: what.setup,
      title: input.title || what.defaultTitle,
      instructions: input.instructions,
      opensAt: input.opensAt,
      dueAt: input.dueAt,
      maxAttempts: input.maxAttempts,
      createdById,
    },
  });
}

async function assignmentOfBatch(batchId: string, assignmentId: string) {
  const db = await getDb();
  const found = await db.assignment.findFirst({ where: { id: assignmentId, batchId } });
  if (!found) throw notFound();
  return found;
}

/** Changes the schedule (an empty title keeps the current one). */
export async function updateAssignment(batchId: string, assignmentId: string, schedule: Schedule) {
  const current = await assignmentOfBatch(batchId, assignmentId);
  const db = await getDb();
  const { title, instructions, opensAt, dueAt, maxAttempts } = schedule;
  return db.assignment.update({ where: { id: current.id }, data: { instructions, opensAt, dueAt, maxAttempts, title: title || current.title } });
}

/** Archived: students no longer see it or start it; its attempts stay in the class's history. */
export async function setAssignmentArchived(batchId: string, assignmentId: string, archived: boolean) {
  const current = await assignmentOfBatch(batchId, assignmentId);
  const db = await getDb();
  return db.assignment.update({ where: { id: current.id }, data: { archivedAt: archived ? (current.archivedAt ?? new Date()) : null } });
}

const attemptSelect = { id: true, studentId: true, status: true, overallScore: true, late: true, startedAt: true } as const;

export type StudentRow = { studentId: string; name: string; email: string } & StudentProgress;

/** The class's assignments (newest due first, archived last) and, for each, every enrolled student's progress. */
export async function batchAssignments(batchId: string, userId: string) {
  const access = await classAccess(batchId, userId, "view");
  const db = await getDb();
  const [assignments, enrollments] = await Promise.all([
    db.assignment.findMany({
      where: { batchId },
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { dueAt: "asc" }],
      include: { topic: { select: { name: true, archivedAt: true } }, sessions: { select: attemptSelect } },
    }),
    db.enrollment.findMany({ where: { batchId, removedAt: null }, orderBy: { joinedAt: "asc" }, select: { student: { select: { id: true, name: true, email: true } } } }),
  ]);
  const students = enrollments.map((e) => e.student);
  return {
    role: access.role,
    assignments: assignments.map(({ sessions, setup, ...a }) => ({
      ...a,
      setup: assignmentSetup(setup),
      students: students.map((s): StudentRow => ({ studentId: s.id, name: s.name, email: s.email, ...progressOf(sessions.filter((x) => x.studentId === s.id)) })),
    })),
  };
}

/** The next assignment due in the class (not archived, due in the future), with its completion, for the class dashboard. */
export async function nextDueAssignment(batchId: string, userId: string, now = new Date()) {
  const { assignments } = await batchAssignments(batchId, userId);
  const next = assignments.find((a) => !a.archivedAt && a.dueAt.getTime() > now.getTime());
  return next ? { id: next.id, title: next.title, dueAt: next.dueAt, statuses: next.students.map((s) => s.status) } : null;
}

/** Assignments where the student is enrolled: enrollment live, class and assignment not archived. */
const studentScope = (studentId: string): Prisma.AssignmentWhereInput => ({
  archivedAt: null,
  batch: { archivedAt: null, enrollments: { some: { studentId, removedAt: null } } },
});

/** The student's assignments with their progress on each (the dashboard filters and orders them). */
export async function studentAssignments(studentId: string) {
  const db = await getDb();
  const rows = await db.assignment.findMany({
    where: { ...studentScope(studentId), OR: [{ topicId: null }, { topic: { archivedAt: null } }] },
    orderBy: { dueAt: "asc" },
    take: 200,
    include: { batch: { select: { name: true } }, topic: { select: { name: true } }, sessions: { where: { studentId }, select: attemptSelect } },
  });
  return rows.map(({ sessions, setup, ...a }) => ({ ...a, setup: assignmentSetup(setup), progress: progressOf(sessions) }));
}

/** What starting an attempt needs: the assignment (the student must be in its class), its topic, and the attempts used. */
export async function assignmentForStart(studentId: string, assignmentId: string) {
  const db = await getDb();
  const found = await db.assignment.findFirst({
    where: { id: assignmentId, batch: { archivedAt: null, enrollments: { some: { studentId, removedAt: null } } } },
    include: { topic: { select: { id: true, archivedAt: true } } },
  });
  if (!found) throw notFound();
  const attemptsUsed = await db.interviewSession.count({ where: { assignmentId, studentId, status: { not: "ABANDONED" } } });
  return { ...found, setup: assignmentSetup(found.setup), attemptsUsed };
}

/**
 * A session started for one of the class's assignments, for its staff (job-practice assignment
 * sessions have no class of their own, so the class is reached through the assignment).
 */
export async function assignmentSessionTranscript(batchId: string, sessionId: string, userId: string) {
  await classAccess(batchId, userId, "view");
  const db = await getDb();
  const session = await db.interviewSession.findFirst({
    where: { id: sessionId, assignment: { batchId } },
    include: {
      student: { select: { id: true, name: true } },
      assignment: { select: { id: true, title: true, dueAt: true } },
      turns: { orderBy: { index: "asc" } },
    },
  });
  if (!session) throw new AppError("not_found:interview", "We could not find that interview.");
  return session;
}
