import "server-only";
import type { Prisma } from "../../../prisma/generated/client";
import { questionLabels } from "@/lib/grading/numbering";
import { getDb } from "../client";
import { classAccess } from "./class-access";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  batchId?: string | null;
  metadata?: Prisma.InputJsonValue;
  ip?: string | null;
};

export async function recordAudit(entry: AuditEntry): Promise<void> {
  const db = await getDb();
  await db.auditLog.create({ data: { ...entry, batchId: entry.batchId ?? null, ip: entry.ip ?? null } });
}

export async function listAuditForActor(actorId: string, limit = 50) {
  const db = await getDb();
  return db.auditLog.findMany({ where: { actorId }, orderBy: { createdAt: "desc" }, take: limit });
}

/** A batch's audit trail for its instructor (newest first), each entry with a readable target; someone else's batch is a 404. */
export async function listBatchAudit(batchId: string, userId: string, limit = 200) {
  const batch = await classAccess(batchId, userId, "view");
  const db = await getDb();
  const entries = await db.auditLog.findMany({
    where: { batchId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, action: true, targetType: true, targetId: true, metadata: true, createdAt: true, actor: { select: { id: true, name: true, email: true, role: true } } },
  });
  const assistants = new Set((await db.batchStaff.findMany({ where: { batchId }, select: { userId: true } })).map((s) => s.userId));
  /** Who the actor is to this class now, so a co-taught class's log says which instructor did what. */
  const standing = (actor: { id: string; role: string } | null) =>
    !actor ? null : actor.id === batch.instructorId ? "Owner" : assistants.has(actor.id) ? "Assistant" : actor.role === "STUDENT" ? "Student" : "Former assistant";
  const ids = (type: string) => [...new Set(entries.filter((e) => e.targetType === type).map((e) => e.targetId))];
  const [users, turns, topics, questions] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids("user") } }, select: { id: true, name: true } }),
    db.turn.findMany({
      where: { id: { in: ids("turn") }, session: { batchId } },
      select: { id: true, index: true, session: { select: { student: { select: { name: true } }, turns: { select: { kind: true }, orderBy: { index: "asc" } } } } },
    }),
    db.topic.findMany({ where: { id: { in: ids("topic") }, batchId }, select: { id: true, name: true } }),
    db.question.findMany({ where: { id: { in: ids("question") }, topic: { batchId } }, select: { id: true, text: true } }),
  ]);
  const labels = new Map<string, string>([
    ...users.map((u) => [u.id, u.name] as const),
    // Numbered as the transcript and report number it: "question 2a" for a follow-up.
    ...turns.map((t) => [t.id, `${t.session.student.name}, question ${questionLabels(t.session.turns)[t.index] ?? t.index + 1}`] as const),
    ...topics.map((t) => [t.id, t.name] as const),
    ...questions.map((q) => [q.id, q.text.length > 80 ? `${q.text.slice(0, 80)}…` : q.text] as const),
  ]);
  return entries.map((e) => ({ ...e, actorStanding: standing(e.actor), target: e.targetType === "batch" ? null : (labels.get(e.targetId) ?? null) }));
}
