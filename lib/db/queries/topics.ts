import type { QuestionKind, Difficulty } from "@/lib/domain";
import "server-only";
import type { CodeSpec } from "@/lib/code/types";
import type { Prisma } from "../../../prisma/generated/client";

import { getDb } from "../client";

export async function createTopic(batchId: string, input: { name: string; description?: string; unlocked?: boolean }) {
  const db = await getDb();
  const last = await db.topic.aggregate({ where: { batchId }, _max: { position: true } });
  return db.topic.create({
    data: {
      batchId,
      name: input.name.trim(),
      description: input.description?.trim() ?? "",
      unlocked: input.unlocked ?? false,
      position: (last._max.position ?? -1) + 1,
    },
  });
}

/** No kind: a concept question. `code`: a coding question's spec (checked by lib/questions/code/spec). */
export type NewQuestion = { text: string; difficulty: Difficulty; kind?: QuestionKind; referenceAnswer?: string | null; keyPoints?: string[]; code?: CodeSpec };

/** Adds questions whose text the topic does not already have (case/space-insensitive); returns how many were added. */
export async function addQuestions(topicId: string, questions: NewQuestion[]): Promise<number> {
  const db = await getDb();
  const key = (t: string) => t.trim().replace(/\s+/g, " ").toLowerCase();
  const existing = await db.question.findMany({ where: { topicId, archivedAt: null }, select: { text: true } });
  const seen = new Set(existing.map((q) => key(q.text)));
  const fresh = questions.filter((q) => {
    const k = key(q.text);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (fresh.length === 0) return 0;
  const result = await db.question.createMany({
    data: fresh.map((q) => ({
      topicId,
      text: q.text.trim(),
      difficulty: q.difficulty,
      kind: q.kind ?? "CONCEPT",
      referenceAnswer: q.referenceAnswer?.trim() || null,
      keyPoints: q.keyPoints ?? [],
      ...(q.code ? { code: q.code as unknown as Prisma.InputJsonValue } : {}),
    })),
  });
  return result.count;
}
