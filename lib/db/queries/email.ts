import "server-only";
// What the e-mails need to know: who a report belongs to, and the weekly digest — which
// instructors are due one (claimed by moving lastDigestAt forward, so two instances never both
// send), and per class they teach: students at risk and overdue assignments not yet completed.
import { getDb } from "../client";
import { atRiskStudents } from "./analytics";
import { staffedBy } from "./class-access";

/** The student and interview behind a saved report, for "your report is ready"; null when gone. */
export async function reportNotice(sessionId: string) {
  const db = await getDb();
  return db.interviewSession.findFirst({
    where: { id: sessionId, status: "COMPLETED", student: { deletedAt: null } },
    select: { id: true, title: true, overallScore: true, student: { select: { name: true, email: true, emailPrefs: true } } },
  });
}

export type DigestRecipient = { id: string; name: string; email: string; emailPrefs: unknown; lastDigestAt: Date | null };

/** Live instructors who teach (own or assist) a class that is not archived and whose last digest is older than `since`. */
export async function digestCandidates(since: Date): Promise<DigestRecipient[]> {
  const db = await getDb();
  return db.user.findMany({
    where: {
      role: "INSTRUCTOR",
      deletedAt: null,
      OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: since } }],
      AND: [{ OR: [{ batches: { some: { archivedAt: null } } }, { staffRoles: { some: { batch: { archivedAt: null } } } }] }],
    },
    select: { id: true, name: true, email: true, emailPrefs: true, lastDigestAt: true },
    orderBy: { id: "asc" },
  });
}

/**
 * Claims this week's digest for the instructor: moves lastDigestAt to `now` only if it is still
 * what the caller read (or older than `since`). Of several instances, exactly one wins.
 */
export async function claimDigest(userId: string, now: Date, since: Date): Promise<boolean> {
  const db = await getDb();
  const claimed = await db.user.updateMany({ where: { id: userId, OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: since } }] }, data: { lastDigestAt: now } });
  return claimed.count > 0;
}

/** Gives a claim back when the mail could not be sent, so the next run tries again. */
export async function releaseDigest(userId: string, claimedAt: Date, previous: Date | null): Promise<void> {
  const db = await getDb();
  await db.user.updateMany({ where: { id: userId, lastDigestAt: claimedAt }, data: { lastDigestAt: previous } });
}

/** How far back an overdue assignment is still worth a line in the digest. */
export const DIGEST_OVERDUE_DAYS = 14;
const MAX_ASSIGNMENTS = 10;

export type DigestClassData = {
  id: string;
  name: string;
  atRisk: { name: string; reason: string }[];
  overdue: { title: string; dueAt: Date; notCompleted: string[] }[];
};

/** Per class the instructor teaches (not archived): students at risk and recently overdue assignments with who has not completed them. */
export async function digestClasses(userId: string, now = new Date()): Promise<DigestClassData[]> {
  const db = await getDb();
  const classes = await db.batch.findMany({ where: { archivedAt: null, ...staffedBy(userId) }, select: { id: true, name: true }, orderBy: { createdAt: "asc" } });
  const after = new Date(now.getTime() - DIGEST_OVERDUE_DAYS * 86_400_000);
  return Promise.all(
    classes.map(async (c) => {
      const [risk, assignments] = await Promise.all([
        atRiskStudents(c.id),
        db.assignment.findMany({
          where: { batchId: c.id, archivedAt: null, dueAt: { lt: now, gte: after } },
          select: { id: true, title: true, dueAt: true },
          orderBy: { dueAt: "desc" },
          take: MAX_ASSIGNMENTS,
        }),
      ]);
      const deleted = new Set((await db.user.findMany({ where: { id: { in: risk.map((r) => r.studentId) }, deletedAt: { not: null } }, select: { id: true } })).map((u) => u.id));
      const overdue = await Promise.all(
        assignments.map(async (a) => {
          const missing = await db.enrollment.findMany({
            where: {
              batchId: c.id,
              removedAt: null,
              student: { deletedAt: null, sessions: { none: { assignmentId: a.id, status: "COMPLETED" } } },
            },
            select: { student: { select: { name: true } } },
            orderBy: { joinedAt: "asc" },
          });
          return { title: a.title, dueAt: a.dueAt, notCompleted: missing.map((m) => m.student.name) };
        }),
      );
      return { id: c.id, name: c.name, atRisk: risk.filter((r) => !deleted.has(r.studentId)).map((r) => ({ name: r.name, reason: r.reason })), overdue };
    }),
  );
}

/** A student currently in the class whose account is live (for an instructor-made reset link). */
export async function liveStudentOfClass(batchId: string, studentId: string) {
  const db = await getDb();
  const enrollment = await db.enrollment.findFirst({
    where: { batchId, studentId, removedAt: null, student: { deletedAt: null, role: "STUDENT" } },
    select: { student: { select: { id: true, name: true, email: true } } },
  });
  return enrollment?.student ?? null;
}
