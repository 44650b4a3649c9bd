// Adaptive difficulty in a class topic: off (the default) keeps the instructor's easy → hard
// order; switched on, a strong main answer makes the next main question harder, a wrong one easier.
import { beforeAll, describe, expect, it } from "vitest";
import { updateTopic } from "@/lib/db/queries/instructor";
import { addQuestions } from "@/lib/db/queries/topics";
import type { Difficulty } from "@/lib/domain";
import { setEngineModel } from "@/lib/interview/engine";
import { startInterview, submitAnswer } from "@/lib/interview/service";
import type { InterviewView } from "@/lib/interview/view";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic, type makeUser } from "../../support/factories";

const BANK = DEMO_TOPICS[0]!.questions; // two easy, three medium, three hard
const question = (text: string) => BANK.find((q) => q.text === text)!;
const STRONG = (text: string) => question(text).referenceAnswer!;
const WRONG = () => "I like pizza and football on weekends.";

beforeAll(() => setEngineModel(null)); // offline grader: deterministic

async function classTopic(adaptive: boolean) {
  const ctx = await makeBatchWithTopic();
  await addQuestions(ctx.topic.id, BANK);
  if (adaptive) await updateTopic(ctx.topic.id, ctx.instructor.id, { adaptive: true });
  return ctx;
}

type Student = Awaited<ReturnType<typeof makeUser>>;

/** Answers the pending main question with `answer` (any follow-up with "not sure": follow-ups do not move the level) and returns the view at the next main question. */
async function answerMain(student: Student, view: InterviewView, answer: (q: string) => string): Promise<InterviewView> {
  expect(view.pending?.kind).toBe("MAIN");
  let next = await submitAnswer(student, view.sessionId, view.pending!.turn, { text: answer(view.pending!.question) });
  while (next.pending?.kind === "FOLLOW_UP") next = await submitAnswer(student, next.sessionId, next.pending.turn, { text: "I am not sure." });
  return next;
}

const level = (view: InterviewView): Difficulty => question(view.pending!.question).difficulty;

describe("adaptive difficulty in a class topic", () => {
  it("is off for a new topic", async () => {
    const { topic } = await makeBatchWithTopic();
    expect(topic.adaptive).toBe(false);
  });

  it("switched on: a strong answer to the first (easy) question brings a medium one, then a hard one; a wrong answer steps back down", async () => {
    const { student, topic } = await classTopic(true);
    let view = (await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id })).view;
    expect(level(view)).toBe("EASY");
    view = await answerMain(student, view, STRONG);
    expect(level(view)).toBe("MEDIUM");
    view = await answerMain(student, view, STRONG);
    expect(level(view)).toBe("HARD");
    view = await answerMain(student, view, WRONG);
    expect(level(view)).toBe("MEDIUM");
  });

  it("off: the order stays easy → hard, even after strong answers", async () => {
    const { student, topic } = await classTopic(false);
    let view = (await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id })).view;
    const levels: Difficulty[] = [];
    while (view.pending) {
      levels.push(level(view));
      view = await answerMain(student, view, STRONG);
    }
    expect(levels[0]).toBe("EASY");
    expect(levels[1]).toBe("EASY"); // a strong first answer does not skip the second easy question
    const rank = (d: Difficulty) => ["EASY", "MEDIUM", "HARD"].indexOf(d);
    expect(levels.map(rank)).toEqual([...levels.map(rank)].sort((a, b) => a - b));
    expect(levels).toContain("HARD");
  });
});
