import "server-only";
import { randomInt } from "node:crypto";
import type { ClassRole } from "@/lib/class-roles";
import { AppError } from "@/lib/errors";
import { CLASS_CODE_ALPHABET, CLASS_CODE_LENGTH, normalizeClassCode } from "@/lib/domain";
import { getDb } from "../client";
import { staffedBy } from "./class-access";
import { isUniqueViolation } from "../errors";

export function generateClassCode(): string {
  let code = "";
  for (let i = 0; i < CLASS_CODE_LENGTH; i++) code += CLASS_CODE_ALPHABET[randomInt(CLASS_CODE_ALPHABET.length)];
  return code;
}

/** Retries on the (rare) collision of a random code with an existing one. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await write(generateClassCode());
    } catch (error) {
      if (!isUniqueViolation(error, "classCode")) throw error;
    }
  }
  throw new AppError("internal:batch", "Could not generate a unique class code. Try again.");
}

export async function createBatch(instructorId: string, name: string, classCode?: string) {
  const db = await getDb();
  const create = (code: string) => db.batch.create({ data: { name: name.trim(), instructorId, classCode: code } });
  if (classCode) return create(normalizeClassCode(classCode));
  return withFreshCode(create);
}

/** The old code stops working at once: codes are unique, so it now matches nothing. */
export async function regenerateClassCode(batchId: string) {
  const db = await getDb();
  return withFreshCode((code) => db.batch.update({ where: { id: batchId }, data: { classCode: code } }));
}

export async function findBatchByCode(code: string) {
  const db = await getDb();
  return db.batch.findFirst({ where: { classCode: normalizeClassCode(code), archivedAt: null } });
}

/** The classes the user teaches, owned or assisted, newest first, each with the user's role in it. */
export async function listInstructorBatches(userId: string) {
  const db = await getDb();
  const rows = await db.batch.findMany({
    where: { ...staffedBy(userId), archivedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      classCode: true,
      createdAt: true,
      instructorId: true,
      instructor: { select: { name: true } },
      _count: { select: { enrollments: { where: { removedAt: null } }, topics: { where: { archivedAt: null } }, sessions: true } },
    },
  });
  return rows.map(({ instructorId, ...b }) => ({ ...b, role: (instructorId === userId ? "OWNER" : "ASSISTANT") as ClassRole }));
}

/** Enrols, or re-enrols a removed student. Joining twice is a conflict the UI explains. */
export async function enrollStudent(batchId: string, studentId: string) {
  const db = await getDb();
  const existing = await db.enrollment.findUnique({ where: { batchId_studentId: { batchId, studentId } } });
  if (existing && !existing.removedAt) throw new AppError("conflict:enrollment", "You have already joined this class.");
  if (existing) return db.enrollment.update({ where: { id: existing.id }, data: { removedAt: null, joinedAt: new Date() } });
  return db.enrollment.create({ data: { batchId, studentId } });
}

export async function listStudentBatches(studentId: string) {
  const db = await getDb();
  const rows = await db.enrollment.findMany({
    where: { studentId, removedAt: null, batch: { archivedAt: null } },
    orderBy: { joinedAt: "asc" },
    select: {
      joinedAt: true,
      batch: {
        select: {
          id: true,
          name: true,
          instructor: { select: { name: true } },
          topics: {
            where: { archivedAt: null },
            orderBy: { position: "asc" },
            select: { id: true, name: true, description: true, unlocked: true, _count: { select: { questions: { where: { archivedAt: null } } } } },
          },
        },
      },
    },
  });
  return rows.map((r) => ({ ...r.batch, joinedAt: r.joinedAt }));
}
