// A finished offline class interview on three demo questions, answered strong, wrong ("I would
// reboot it."), strong: what override, analytics and example tests start from.
import { getDb } from "@/lib/db/client";
import { addQuestions } from "@/lib/db/queries/topics";
import { startInterview, submitAnswer } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../prisma/seed-data";
import { makeBatchWithTopic } from "./factories";

/** The three demo questions the interview asks. */
export const INTERVIEW_BANK = DEMO_TOPICS[0]!.questions.slice(0, 3);
const reference = (q: string) => INTERVIEW_BANK.find((b) => b.text === q)?.referenceAnswer ?? "no idea";

/** Needs the offline engine (setEngineModel(null)); returns the class, the session and its turns in order. */
export async function completedInterview() {
  const ctx = await makeBatchWithTopic();
  await addQuestions(ctx.topic.id, INTERVIEW_BANK);
  let view = (await startInterview(ctx.student, { source: "CLASS_TOPIC", topicId: ctx.topic.id })).view;
  while (view.pending)
    view = await submitAnswer(ctx.student, view.sessionId, view.pending.turn, { text: view.pending.turn === 1 ? "I would reboot it." : reference(view.pending.question) });
  const turns = await (await getDb()).turn.findMany({ where: { sessionId: view.sessionId }, orderBy: { index: "asc" } });
  return { ...ctx, sessionId: view.sessionId, turns, wrongTurn: turns[1]! };
}
