import "server-only";
import type { Prisma } from "../../../prisma/generated/client";
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
