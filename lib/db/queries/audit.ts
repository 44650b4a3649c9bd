import "server-only";
import type { Prisma } from "../../../prisma/generated/client";
import { AppError } from "@/lib/errors";
import { getDb } from "../client";

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

/** A batch's audit trail for its instructor (newest first); someone else's batch is a 404. */
export async function listBatchAudit(batchId: string, instructorId: string, limit = 200) {
  const db = await getDb();
  const batch = await db.batch.findFirst({ where: { id: batchId, instructorId }, select: { id: true } });
  if (!batch) throw new AppError("not_found:batch", "We could not find that batch.");
  return db.auditLog.findMany({
    where: { batchId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, action: true, targetType: true, targetId: true, metadata: true, ip: true, createdAt: true, actor: { select: { name: true, email: true, role: true } } },
  });
}
