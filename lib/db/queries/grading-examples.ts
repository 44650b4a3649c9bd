import "server-only";
// Instructors' graded examples (GradingExample rows): answers to a question whose grade an
// instructor set (override), confirmed, or gave on the question page. The grader reads them
// as nearest neighbours / few-shot cases; the question page shows them with the agreement.
import type { GradingExample } from "@/lib/grading/types";
import { getDb } from "../client";

/** The most recent examples a grade draws on per question (the closest few of these are used). */
export const MAX_EXAMPLES_PER_QUESTION = 50;

/** A row as SQL returns it (json_agg in the claim query, or Prisma). */
export type ExampleRow = { id: string; answerText: string; verdict: "STRONG" | "SHALLOW" | "WRONG"; score: number };

const LABEL = { STRONG: "strong", SHALLOW: "shallow", WRONG: "wrong" } as const;

export const toGradingExample = (row: ExampleRow): GradingExample => ({ id: row.id, answer: row.answerText, verdict: LABEL[row.verdict], score: row.score });

/** A question's examples for grading, most recent first. */
export async function examplesForQuestion(questionId: string): Promise<GradingExample[]> {
  const db = await getDb();
  const rows = await db.gradingExample.findMany({
    where: { questionId },
    orderBy: { createdAt: "desc" },
    take: MAX_EXAMPLES_PER_QUESTION,
    select: { id: true, answerText: true, verdict: true, score: true },
  });
  return rows.map(toGradingExample);
}
