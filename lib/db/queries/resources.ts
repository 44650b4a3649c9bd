import "server-only";
// Resources: links and notes an instructor attaches to a topic, a question, or one of a
// question's key points. Changing them is the class owner's (topicAccess "manage"); reports read
// them when shown, so a resource added later appears on older reports too.
import { AppError } from "@/lib/errors";
import { MAX_RESOURCES_PER_TOPIC, type ResourceFields, resourceMessages } from "@/lib/resources/validation";
import { getDb } from "../client";
import { topicAccess } from "./class-access";

const shown = { id: true, topicId: true, questionId: true, keyPoint: true, title: true, url: true, note: true, createdAt: true } as const;
export type ResourceRow = { id: string; topicId: string; questionId: string | null; keyPoint: string | null; title: string; url: string | null; note: string; createdAt: Date };

/** The topic's own resources (not its questions'), oldest first, and how many the topic has in all. */
export async function topicResources(topicId: string) {
  const db = await getDb();
  const [own, total] = await Promise.all([
    db.resource.findMany({ where: { topicId, questionId: null }, orderBy: { createdAt: "asc" }, select: shown }),
    db.resource.count({ where: { topicId } }),
  ]);
  return { own, total };
}

/** A question's resources (whole question first, then by key point), oldest first. */
export async function questionResources(questionId: string): Promise<ResourceRow[]> {
  const db = await getDb();
  return db.resource.findMany({ where: { questionId }, orderBy: [{ createdAt: "asc" }], select: shown });
}

type Target = { topicId: string; questionId: string | null; keyPoint: string | null };

/** Adds a resource; the topic must be the caller's to manage, the question in it, the key point one of the question's. */
export async function createResource(userId: string, target: Target, fields: ResourceFields) {
  const topic = await topicAccess(target.topicId, userId, "manage");
  const db = await getDb();
  let keyPoint: string | null = null;
  if (target.questionId) {
    const question = await db.question.findFirst({ where: { id: target.questionId, topicId: topic.id }, select: { keyPoints: true } });
    if (!question) throw new AppError("not_found:question", "We could not find that question in this topic.");
    if (target.keyPoint) {
      const wanted = target.keyPoint.trim();
      const match = question.keyPoints.find((p) => p.trim() === wanted);
      if (match === undefined) throw new AppError("bad_request:resource", resourceMessages.keyPoint);
      keyPoint = match;
    }
  } else if (target.keyPoint) {
    throw new AppError("bad_request:resource", resourceMessages.keyPointWithoutQuestion);
  }
  // Counted and written in one transaction, so two quick adds cannot pass the limit together.
  return db.$transaction(async (tx) => {
    if ((await tx.resource.count({ where: { topicId: topic.id } })) >= MAX_RESOURCES_PER_TOPIC) throw new AppError("conflict:resource", resourceMessages.tooMany);
    const created = await tx.resource.create({
      data: { batchId: topic.batchId, topicId: topic.id, questionId: target.questionId, keyPoint, title: fields.title, url: fields.url, note: fields.note, createdById: userId },
      select: { ...shown, batchId: true },
    });
    return created;
  });
}

/** The resource, when the caller may manage its class (else a 404, or a 403 for an assistant). */
async function manageableResource(resourceId: string, userId: string) {
  const db = await getDb();
  const found = await db.resource.findUnique({ where: { id: resourceId }, select: { ...shown, batchId: true } });
  if (!found) throw new AppError("not_found:resource", resourceMessages.notFound);
  try {
    await topicAccess(found.topicId, userId, "manage");
  } catch (error) {
    // Someone else's resource is as unknown as one that does not exist.
    if (error instanceof AppError && error.status === 404) throw new AppError("not_found:resource", resourceMessages.notFound);
    throw error;
  }
  return found;
}

export async function updateResource(resourceId: string, userId: string, fields: ResourceFields) {
  const before = await manageableResource(resourceId, userId);
  const db = await getDb();
  const after = await db.resource.update({ where: { id: before.id }, data: { title: fields.title, url: fields.url, note: fields.note }, select: { ...shown, batchId: true } });
  return { before, after };
}

export async function deleteResource(resourceId: string, userId: string) {
  const found = await manageableResource(resourceId, userId);
  const db = await getDb();
  await db.resource.delete({ where: { id: found.id } });
  return found;
}

/**
 * What a report needs to link its missed points: the resources of a class interview's topic and
 * which question each turn asked. Job practice has no class resources (empty). The caller has
 * already checked the viewer may open the report.
 */
export async function resourcesForSession(sessionId: string): Promise<{ turnQuestions: Map<number, string | null>; resources: ResourceRow[] }> {
  const db = await getDb();
  const session = await db.interviewSession.findUnique({
    where: { id: sessionId },
    select: { source: true, topicId: true, turns: { select: { index: true, questionId: true } } },
  });
  if (!session?.topicId || session.source !== "CLASS_TOPIC") return { turnQuestions: new Map(), resources: [] };
  const resources = await db.resource.findMany({ where: { topicId: session.topicId }, orderBy: { createdAt: "asc" }, select: shown });
  return { turnQuestions: new Map(session.turns.map((t) => [t.index, t.questionId])), resources };
}
