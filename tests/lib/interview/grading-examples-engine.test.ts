// The instructor's graded examples reach the grader through the interview itself: the answer's
// claim reads the question's examples in the same round trip, the offline grader blends them,
// and the turn's evaluation names the ones that moved the grade (what the transcript shows).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addSampleExamples } from "@/lib/db/queries/grading-examples";
import { addQuestions } from "@/lib/db/queries/topics";
import { setEngineModel } from "@/lib/interview/engine";
import { startInterview, submitAnswer } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic } from "../../support/factories";

const QUESTION = DEMO_TOPICS[0]!.questions[0]!;
// Correct, in the student's own words, sharing little with the reference.
const ANSWER = "You can jump straight to any slot by its number, but squeezing a new item into the middle means moving everything after it along.";

beforeAll(() => setEngineModel(null));

async function firstTurnGrade(withExamples: boolean) {
  const { instructor, student, topic } = await makeBatchWithTopic();
  await addQuestions(topic.id, [QUESTION]);
  const db = await getDb();
  const question = (await db.question.findFirst({ where: { topicId: topic.id } }))!;
  if (withExamples) {
    const alike = [ANSWER, `${ANSWER} That is the trade-off.`, `So: ${ANSWER}`];
    await addSampleExamples(
      question.id,
      instructor.id,
      alike.map((answer) => ({ answer, verdict: "STRONG" as const, score: 95, graderVerdict: "SHALLOW" as const, graderScore: 50, turnId: null })),
    );
  }
  const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
  await submitAnswer(student, view.sessionId, view.pending!.turn, { text: ANSWER });
  const turn = (await db.turn.findFirst({ where: { sessionId: view.sessionId, index: 0 } }))!;
  const ids = (await db.gradingExample.findMany({ where: { questionId: question.id }, select: { id: true } })).map((e) => e.id);
  return { turn, ids, evaluation: turn.evaluation as { examples?: { id: string; similarity: number }[] } };
}

describe("graded examples in an interview", () => {
  it("move a student's grade toward the instructor's and are named on the turn", async () => {
    const without = await firstTurnGrade(false);
    const withEx = await firstTurnGrade(true);
    expect(without.evaluation.examples).toBeUndefined();
    expect(withEx.turn.score!).toBeGreaterThan(without.turn.score!);
    expect(withEx.turn.verdict).toBe("STRONG");
    expect(withEx.evaluation.examples?.length).toBeGreaterThan(0);
    for (const e of withEx.evaluation.examples!) expect(withEx.ids).toContain(e.id);
  });
});
