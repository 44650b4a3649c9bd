import type { QuestionKind, Difficulty } from "@/lib/domain";
import "server-only";
// Class management for instructors. Every function takes the caller's id and touches only rows
// of classes they teach, with the capability the change needs (lib/class-roles.ts): a guessed id
// from another class matches nothing (404); an assistant asking to manage gets a 403.
import type { CodeSpec } from "@/lib/code/types";
import type { ParsedQuestion } from "@/lib/csv/questions";
import { AppError } from "@/lib/errors";

import { questionKey, questionMessages } from "@/lib/questions/validation";
import { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";
import { classAccess, staffedBy, topicAccess } from "./class-access";
import { dropUnansweredRecordings } from "./recordings";

/**
 * A question as the add and edit forms write it (checked by questionFields in lib/questions/validation);
 * no kind: concept when added, unchanged when edited. `code`: a coding question's spec; null removes
 * it (any other kind), absent leaves it as it is.
 */
export type QuestionData = { text: string; difficulty: Difficulty; kind?: QuestionKind; referenceAnswer: string | null; keyPoints: string[]; code?: CodeSpec | null };

/** The spec as Prisma writes a Json? column: DbNull clears it, undefined leaves it alone. */
const codeColumn = (code: CodeSpec | null | undefined) => (code === undefined ? undefined : code === null ? Prisma.DbNull : (code as unknown as Prisma.InputJsonValue));

const notFound = (what: "batch" | "topic" | "question" | "interview" | "enrollment") =>
  new AppError(`not_found:${what}`, `We could not find that ${what === "enrollment" ? "student in this class" : what}.`);

/** Renames the batch; returns it with the name it had before (for the audit log). */
export async function renameBatch(batchId: string, userId: string, name: string) {
  const before = await classAccess(batchId, userId, "manage");
  const db = await getDb();
  const batch = await db.batch.update({ where: { id: batchId }, data: { name: name.trim() } });
  return { ...batch, previousName: before.name };
}

export async function setBatchArchived(batchId: string, userId: string, archived: boolean) {
  await classAccess(batchId, userId, "manage");
  const db = await getDb();
  return db.batch.update({ where: { id: batchId }, data: { archivedAt: archived ? new Date() : null } });
}

export async function setBatchFeedback(batchId: string, userId: string, showFeedback: boolean) {
  await classAccess(batchId, userId, "manage");
  const db = await getDb();
  return db.batch.update({ where: { id: batchId }, data: { showFeedback } });
}

export async function batchOverview(batchId: string, userId: string) {
  const batch = await classAccess(batchId, userId, "view");
  const db = await getDb();
  const [topics, students] = await Promise.all([
    db.topic.findMany({
      where: { batchId, archivedAt: null },
      orderBy: { position: "asc" },
      include: { _count: { select: { questions: { where: { archivedAt: null } }, sessions: true } } },
    }),
    db.enrollment.count({ where: { batchId, removedAt: null } }),
  ]);
  return { batch, topics, students };
}

export async function roster(batchId: string, userId: string) {
  await classAccess(batchId, userId, "view");
  const db = await getDb();
  const enrollments = await db.enrollment.findMany({
    where: { batchId, removedAt: null },
    orderBy: { joinedAt: "asc" },
    include: { student: { select: { id: true, name: true, email: true } } },
  });
  const activity = await db.interviewSession.groupBy({
    by: ["studentId"],
    where: { batchId },
    _count: { _all: true },
    _max: { lastActiveAt: true },
    _avg: { overallScore: true },
  });
  const byStudent = new Map(activity.map((a) => [a.studentId, a]));
  return enrollments.map((e) => ({
    studentId: e.student.id,
    name: e.student.name,
    email: e.student.email,
    joinedAt: e.joinedAt,
    sessions: byStudent.get(e.student.id)?._count._all ?? 0,
    lastActive: byStudent.get(e.student.id)?._max.lastActiveAt ?? null,
    averageScore: byStudent.get(e.student.id)?._avg.overallScore ?? null,
  }));
}

/** Removes a student from the class; their past sessions stay in analytics, open ones are closed. */
export async function removeStudent(batchId: string, userId: string, studentId: string) {
  await classAccess(batchId, userId, "manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const updated = await tx.enrollment.updateMany({ where: { batchId, studentId, removedAt: null }, data: { removedAt: new Date() } });
    if (updated.count === 0) throw notFound("enrollment");
    await tx.interviewSession.updateMany({ where: { batchId, studentId, status: "IN_PROGRESS" }, data: { status: "ABANDONED", openKey: null, completedAt: new Date() } });
  });
  await dropUnansweredRecordings({ studentId }); // the closed interviews' unanswered turns keep no recording
}

export async function updateTopic(
  topicId: string,
  userId: string,
  data: { name?: string; description?: string; unlocked?: boolean; showFeedback?: boolean | null; adaptive?: boolean },
) {
  await topicAccess(topicId, userId, "manage");
  const db = await getDb();
  return db.topic.update({ where: { id: topicId }, data: { ...data, name: data.name?.trim(), description: data.description?.trim() } });
}

/** Swaps a topic with its neighbour, so the order students see changes by one place. */
export async function moveTopic(topicId: string, userId: string, direction: "up" | "down") {
  const topic = await topicAccess(topicId, userId, "manage");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const neighbour = await tx.topic.findFirst({
      where: { batchId: topic.batchId, archivedAt: null, position: direction === "up" ? { lt: topic.position } : { gt: topic.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
    });
    if (!neighbour) return;
    await tx.topic.update({ where: { id: topic.id }, data: { position: neighbour.position } });
    await tx.topic.update({ where: { id: neighbour.id }, data: { position: topic.position } });
  });
}

export async function topicQuestions(topicId: string, userId: string) {
  const topic = await topicAccess(topicId, userId, "view");
  const db = await getDb();
  const questions = await db.question.findMany({
    where: { topicId, archivedAt: null },
    // Rows imported together share createdAt: the id keeps their order the same on every load.
    orderBy: [{ difficulty: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    // "Asked" counts interviews that asked it, as the dashboard does: its follow-ups are not asks.
    include: { _count: { select: { turns: { where: { kind: "MAIN" } } } } },
  });
  return { topic, questions };
}

export async function updateQuestion(questionId: string, userId: string, data: QuestionData) {
  const db = await getDb();
  const question = await db.question.findFirst({ where: { id: questionId, topic: { batch: staffedBy(userId) } } });
  if (!question) throw notFound("question");
  await topicAccess(question.topicId, userId, "manage");
  // Past turns keep their own snapshot of the text as asked, so editing is safe.
  return db.question.update({
    where: { id: questionId },
    data: { ...data, text: data.text.trim(), code: codeColumn(data.code) },
    include: { topic: { select: { batchId: true } } },
  });
}

/** Deletes a question; one that was already asked is archived so its history stays linked. */
export async function deleteQuestion(questionId: string, userId: string) {
  const db = await getDb();
  const question = await db.question.findFirst({
    where: { id: questionId, topic: { batch: staffedBy(userId) } },
    include: { _count: { select: { turns: true } }, topic: { select: { batchId: true } } },
  });
  if (!question) throw notFound("question");
  await topicAccess(question.topicId, userId, "manage");
  if (question._count.turns > 0) await db.question.update({ where: { id: questionId }, data: { archivedAt: new Date() } });
  else await db.question.delete({ where: { id: questionId } });
  return question;
}

/** What the CSV parser needs to find duplicates: this topic's questions (topic null) and the batch's other topics. */
export async function importContext(topicId: string, userId: string) {
  const topic = await topicAccess(topicId, userId, "manage");
  const db = await getDb();
  const topics = await db.topic.findMany({ where: { batchId: topic.batchId, archivedAt: null }, select: { id: true, name: true } });
  const questions = await db.question.findMany({ where: { topic: { batchId: topic.batchId }, archivedAt: null }, select: { text: true, topicId: true } });
  const nameOf = new Map(topics.map((t) => [t.id, t.name]));
  return {
    topic,
    knownTopics: topics.filter((t) => t.id !== topicId).map((t) => t.name),
    existing: questions.map((q) => ({ topic: q.topicId === topicId ? null : (nameOf.get(q.topicId) ?? null), text: q.text })),
  };
}

export type ImportPlacement = { topic: string; added: number; created: boolean };

/**
 * Writes a previewed import in one transaction: new topics (locked) and every question, or
 * nothing. Says how many questions went into which topic, so the instructor is told where
 * they are (the topic imported into first).
 */
export async function importQuestions(topicId: string, userId: string, rows: ParsedQuestion[]) {
  const topic = await topicAccess(topicId, userId, "manage");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.topic.findMany({ where: { batchId: topic.batchId, archivedAt: null } });
    const byName = new Map(existing.map((t) => [t.name.toLowerCase(), t.id]));
    const nameOf = new Map(existing.map((t) => [t.id, t.name]));
    let position = Math.max(-1, ...existing.map((t) => t.position));
    const createdTopics: string[] = [];
    for (const name of new Set(rows.map((r) => r.topic).filter((t): t is string => !!t))) {
      if (byName.has(name.toLowerCase())) continue;
      const created = await tx.topic.create({ data: { batchId: topic.batchId, name, position: ++position, unlocked: false } });
      byName.set(name.toLowerCase(), created.id);
      nameOf.set(created.id, name);
      createdTopics.push(name);
    }
    const data = rows.map((r) => ({
      topicId: r.topic ? byName.get(r.topic.toLowerCase())! : topicId,
      text: r.text,
      difficulty: r.difficulty,
      kind: r.kind,
      referenceAnswer: r.referenceAnswer,
      keyPoints: r.keyPoints,
      code: codeColumn(r.code),
    }));
    const result = await tx.question.createMany({ data });
    const counts = new Map<string, number>();
    for (const q of data) counts.set(q.topicId, (counts.get(q.topicId) ?? 0) + 1);
    const placed: ImportPlacement[] = [...counts]
      .sort(([a], [b]) => (a === topicId ? -1 : b === topicId ? 1 : 0))
      .map(([id, added]) => ({ topic: nameOf.get(id)!, added, created: createdTopics.includes(nameOf.get(id)!) }));
    return { added: result.count, createdTopics, placed, batchId: topic.batchId };
  });
}

/** Adds one question to a topic of this instructor's; the same text (case and spacing aside) twice is refused. */
export async function addQuestion(topicId: string, userId: string, data: QuestionData) {
  const topic = await topicAccess(topicId, userId, "manage");
  const db = await getDb();
  const key = questionKey(data.text);
  const siblings = await db.question.findMany({ where: { topicId, archivedAt: null }, select: { text: true } });
  if (siblings.some((q) => questionKey(q.text) === key)) throw new AppError("conflict:question", questionMessages.duplicate);
  const question = await db.question.create({ data: { topicId, ...data, text: data.text.trim(), code: codeColumn(data.code) } });
  return { ...question, batchId: topic.batchId, topicName: topic.name };
}

/** How many questions students could be asked in this topic (for the empty-topic unlock check). */
export async function topicQuestionCount(topicId: string, userId: string) {
  await topicAccess(topicId, userId, "manage");
  const db = await getDb();
  return db.question.count({ where: { topicId, archivedAt: null } });
}

/** A session with its turns and overrides, if it belongs to one of this instructor's batches. */
export async function transcript(sessionId: string, userId: string) {
  const db = await getDb();
  const session = await db.interviewSession.findFirst({
    where: { id: sessionId, batch: staffedBy(userId) },
    include: {
      student: { select: { id: true, name: true, email: true } },
      topic: { select: { id: true, name: true } },
      turns: {
        orderBy: { index: "asc" },
        include: { overrides: { orderBy: { createdAt: "desc" }, include: { instructor: { select: { name: true } } } }, example: { select: { source: true } } },
      },
    },
  });
  if (!session) throw notFound("interview");
  return session;
}
