import "server-only";
// A class's co-instructors (BatchStaff). Only the owner adds or removes assistants; an assistant
// may remove themself (leave). Anyone else finds nothing (classAccess answers 404).
import { AppError } from "@/lib/errors";
import { staffMessages } from "@/lib/staff/messages";
import { getDb } from "../client";
import { isUniqueViolation } from "../errors";
import { classAccess } from "./class-access";

/** The owner and the assistants, for anyone who teaches the class. */
export async function classStaff(batchId: string, userId: string) {
  const batch = await classAccess(batchId, userId, "view");
  const db = await getDb();
  const [owner, assistants] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: batch.instructorId }, select: { id: true, name: true, email: true } }),
    db.batchStaff.findMany({
      where: { batchId },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, user: { select: { id: true, name: true, email: true } }, addedBy: { select: { name: true } } },
    }),
  ]);
  return { batch, owner, assistants: assistants.map((a) => ({ ...a.user, addedAt: a.createdAt, addedBy: a.addedBy.name })) };
}

/** Adds the instructor account with this e-mail as an assistant; the caller must own the class. */
export async function addAssistant(batchId: string, ownerId: string, email: string) {
  const batch = await classAccess(batchId, ownerId, "manage");
  const db = await getDb();
  const user = await db.user.findFirst({ where: { email: email.trim().toLowerCase(), deletedAt: null }, select: { id: true, name: true, email: true, role: true } });
  if (!user) throw new AppError("not_found:staff", staffMessages.noAccount);
  if (user.role !== "INSTRUCTOR") throw new AppError("bad_request:staff", staffMessages.studentAccount);
  if (user.id === batch.instructorId) throw new AppError("conflict:staff", staffMessages.isOwner);
  try {
    await db.batchStaff.create({ data: { batchId, userId: user.id, addedById: ownerId } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict:staff", staffMessages.alreadyStaff);
    throw error;
  }
  return { batch, user };
}

/** Removes an assistant: the owner may remove anyone, an assistant only themself. */
export async function removeAssistant(batchId: string, actorId: string, assistantId: string) {
  const batch = await classAccess(batchId, actorId, actorId === assistantId ? "view" : "manage");
  const db = await getDb();
  const row = await db.batchStaff.findUnique({ where: { batchId_userId: { batchId, userId: assistantId } }, include: { user: { select: { name: true } } } });
  if (!row) throw new AppError("not_found:staff", staffMessages.notStaff);
  await db.batchStaff.delete({ where: { id: row.id } });
  return { batch, name: row.user.name };
}
