import "server-only";
// The one ownership check for classes. A class's staff are its owner (Batch.instructorId) and
// its assistants (BatchStaff). Anyone else gets a 404, so ids are not probeable; an assistant
// asking for an owner-only capability gets a 403 that says why (lib/class-roles.ts).
import { type ClassCapability, type ClassRole, can, classRoleMessages } from "@/lib/class-roles";
import { AppError } from "@/lib/errors";
import type { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";

/** A Prisma filter for batches the user teaches (owns or assists): `batch: staffedBy(userId)`. */
export function staffedBy(userId: string): Prisma.BatchWhereInput {
  return { OR: [{ instructorId: userId }, { staff: { some: { userId } } }] };
}

/** A Prisma filter for batches the user may act on with this capability (owner-only ones: owned). */
export function staffedFor(userId: string, need: ClassCapability): Prisma.BatchWhereInput {
  return can("ASSISTANT", need) ? staffedBy(userId) : { instructorId: userId };
}

function roleOf(batch: { instructorId: string; staff: { userId: string }[] }, userId: string): ClassRole | null {
  if (batch.instructorId === userId) return "OWNER";
  return batch.staff.some((s) => s.userId === userId) ? "ASSISTANT" : null;
}

function assertCan(role: ClassRole | null, need: ClassCapability, what: "batch" | "topic"): asserts role is ClassRole {
  if (!role) throw new AppError(`not_found:${what}`, `We could not find that ${what === "batch" ? "class" : what}.`);
  if (!can(role, need)) throw new AppError("forbidden:batch", classRoleMessages.ownerOnly);
}

/** Whether the user owns or assists the class (for reading its students' interviews). */
export async function teachesClass(batchId: string, userId: string): Promise<boolean> {
  const db = await getDb();
  return (await db.batch.count({ where: { id: batchId, ...staffedBy(userId) } })) > 0;
}

/** The class and the caller's role in it, when the role grants `need` (default: manage, owner only). */
export async function classAccess(batchId: string, userId: string, need: ClassCapability = "manage") {
  const db = await getDb();
  const found = await db.batch.findFirst({ where: { id: batchId, ...staffedBy(userId) }, include: { staff: { where: { userId }, select: { userId: true } } } });
  const role = found ? roleOf(found, userId) : null;
  assertCan(role, need, "batch");
  const { staff: _staff, ...batch } = found!;
  return { ...batch, role };
}

/** The topic (with its class's id and name) and the caller's role in the class, when it grants `need`. */
export async function topicAccess(topicId: string, userId: string, need: ClassCapability = "manage") {
  const db = await getDb();
  const found = await db.topic.findFirst({
    where: { id: topicId, batch: staffedBy(userId) },
    include: { batch: { select: { id: true, name: true, instructorId: true, staff: { where: { userId }, select: { userId: true } } } } },
  });
  const role = found ? roleOf(found.batch, userId) : null;
  assertCan(role, need, "topic");
  const { batch, ...topic } = found!;
  return { ...topic, batch: { id: batch.id, name: batch.name }, role };
}
