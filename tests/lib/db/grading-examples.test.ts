// Instructors' graded examples from real grading and from the question page: an override or a
// confirmation makes the answer an example in the grade's own transaction, with the grader's
// ORIGINAL grade beside the instructor's; samples are written all or none; agreement is counted
// in SQL; and another instructor can neither read nor change any of it (404).
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { overrideGrade } from "@/lib/db/queries/grades";
import { addSampleExamples, agreementOf, confirmGrade, deleteExample, type NewSample, questionExamples } from "@/lib/db/queries/grading-examples";
import { AppError } from "@/lib/errors";
import { graderOpinions } from "@/lib/interview/grader-opinion";
import { setEngineModel } from "@/lib/interview/engine";
import { completedInterview, INTERVIEW_BANK } from "../../support/completed-interview";
import { makeUser } from "../../support/factories";

const BANK = INTERVIEW_BANK;

beforeAll(() => setEngineModel(null));

/** Three main answers: strong, wrong ("I would reboot it."), strong; and an instructor of another class. */
async function completedInterviewWithStranger() {
  const done = await completedInterview();
  return { ...done, other: await makeUser("INSTRUCTOR") };
}

const examplesOf = async (questionId: string) => (await getDb()).gradingExample.findMany({ where: { questionId }, orderBy: { createdAt: "asc" } });
const notFound = (p: Promise<unknown>) => expect(p).rejects.toSatisfy((e) => e instanceof AppError && e.status === 404);
const sample = (answer: string, verdict: NewSample["verdict"], score: number, grader: NewSample["verdict"] = verdict, graderScore = score): NewSample => ({
  answer,
  verdict,
  score,
  graderVerdict: grader,
  graderScore,
  turnId: null,
});

describe("examples from overrides", () => {
  it("an override makes the answer an example; after two overrides it holds the latest grade and the grader's original one", async () => {
    const { instructor, wrongTurn } = await completedInterviewWithStranger();
    expect(wrongTurn.verdict).toBe("WRONG");
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "SHALLOW", score: 40, reason: "Some credit." });
    let [example, ...rest] = await examplesOf(wrongTurn.questionId!);
    expect(rest).toEqual([]);
    expect(example).toMatchObject({ turnId: wrongTurn.id, source: "OVERRIDE", answerText: "I would reboot it.", verdict: "SHALLOW", score: 40 });
    expect(example).toMatchObject({ graderVerdict: "WRONG", graderScore: wrongTurn.score, createdById: instructor.id });

    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "STRONG", score: 85, reason: "On reflection, full marks." });
    [example, ...rest] = await examplesOf(wrongTurn.questionId!);
    expect(rest).toEqual([]);
    expect(example).toMatchObject({ source: "OVERRIDE", verdict: "STRONG", score: 85, graderVerdict: "WRONG", graderScore: wrongTurn.score });
  });

  it("a one-off override (not as an example) teaches the grader nothing, and withdraws an earlier override's example", async () => {
    const { instructor, wrongTurn } = await completedInterviewWithStranger();
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "SHALLOW", score: 40, reason: "Honest; partial credit.", asExample: false });
    expect(await examplesOf(wrongTurn.questionId!)).toEqual([]);
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "SHALLOW", score: 45, reason: "Teach it this time." });
    expect(await examplesOf(wrongTurn.questionId!)).toHaveLength(1);
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "SHALLOW", score: 45, reason: "On second thought, a one-off.", asExample: false });
    expect(await examplesOf(wrongTurn.questionId!)).toEqual([]);
  });

  it("a confirmed answer that is then overridden becomes an override example with the grader's grade kept", async () => {
    const { instructor, turns } = await completedInterviewWithStranger();
    const t = turns[0]!;
    await confirmGrade({ turnId: t.id, instructorId: instructor.id });
    await overrideGrade({ turnId: t.id, instructorId: instructor.id, verdict: "SHALLOW", score: 50, reason: "Thinner than it looks." });
    expect(await examplesOf(t.questionId!)).toMatchObject([{ source: "OVERRIDE", verdict: "SHALLOW", score: 50, graderVerdict: t.verdict, graderScore: t.score }]);
  });
});

describe("confirm grade", () => {
  it("is idempotent: one CONFIRMED example with the turn's grade on both sides", async () => {
    const { instructor, turns } = await completedInterviewWithStranger();
    const t = turns[0]!;
    expect(await confirmGrade({ turnId: t.id, instructorId: instructor.id })).toMatchObject({ created: true, verdict: t.verdict, score: t.score });
    expect(await confirmGrade({ turnId: t.id, instructorId: instructor.id })).toMatchObject({ created: false });
    expect(await examplesOf(t.questionId!)).toMatchObject([
      { turnId: t.id, source: "CONFIRMED", verdict: t.verdict, score: t.score, graderVerdict: t.verdict, graderScore: t.score },
    ]);
  });

  it("after an override there is nothing new to confirm", async () => {
    const { instructor, wrongTurn } = await completedInterviewWithStranger();
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "SHALLOW", score: 40, reason: "Some credit." });
    expect(await confirmGrade({ turnId: wrongTurn.id, instructorId: instructor.id })).toMatchObject({ created: false });
    expect(await examplesOf(wrongTurn.questionId!)).toMatchObject([{ source: "OVERRIDE", verdict: "SHALLOW" }]);
  });

  it("refuses an ungraded answer, and another instructor's turn is not found", async () => {
    const { instructor, other, turns } = await completedInterviewWithStranger();
    await notFound(confirmGrade({ turnId: turns[0]!.id, instructorId: other.id }));
    expect(await examplesOf(turns[0]!.questionId!)).toEqual([]);
    const db = await getDb();
    await db.turn.update({ where: { id: turns[2]!.id }, data: { verdict: null, score: null } });
    await expect(confirmGrade({ turnId: turns[2]!.id, instructorId: instructor.id })).rejects.toMatchObject({ status: 409 });
  });
});

describe("sample answers", () => {
  it("writes every row with the grader's opinion, and the page lists them with the agreement", async () => {
    const { instructor, topic } = await completedInterviewWithStranger();
    const db = await getDb();
    const question = await db.question.findFirstOrThrow({ where: { topicId: topic.id, text: BANK[2]!.text } });
    const opinions = await graderOpinions(question, [BANK[2]!.referenceAnswer, "I like pizza and football on weekends."]);
    expect(opinions[0]!.verdict).not.toBe("WRONG");
    expect(opinions[1]).toMatchObject({ verdict: "WRONG" });
    const saved = await addSampleExamples(question.id, instructor.id, [
      sample(BANK[2]!.referenceAnswer, "STRONG", 90, opinions[0]!.verdict, opinions[0]!.score),
      sample("I like pizza and football on weekends.", "WRONG", 15, opinions[1]!.verdict, opinions[1]!.score),
    ]);
    expect(saved).toMatchObject({ count: 2, topicId: topic.id });
    const page = await questionExamples(question.id, instructor.id);
    expect(page.examples.map((e) => [e.source, e.verdict])).toEqual(
      expect.arrayContaining([
        ["SAMPLE", "STRONG"],
        ["SAMPLE", "WRONG"],
      ]),
    );
    expect(page.agreement.n).toBe(2);
  });

  it("is all or nothing: one row the database refuses leaves no row written", async () => {
    const { instructor, topic } = await completedInterviewWithStranger();
    const db = await getDb();
    const question = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
    await expect(addSampleExamples(question.id, instructor.id, [sample("Fine.", "STRONG", 90), sample("Out of range.", "WRONG", 150)])).rejects.toThrow();
    expect(await examplesOf(question.id)).toEqual([]);
  });

  it("a picked student answer stays linked (and is no longer offered) unless its text was edited; picking one twice is refused", async () => {
    const { instructor, turns } = await completedInterviewWithStranger();
    const [first, second] = [turns[0]!, turns[2]!];
    const before = await questionExamples(first.questionId!, instructor.id);
    expect(before.recent.map((r) => r.id)).toEqual([first.id]);
    await addSampleExamples(first.questionId!, instructor.id, [{ ...sample(first.answerText!, "STRONG", 80), turnId: first.id }]);
    await addSampleExamples(second.questionId!, instructor.id, [{ ...sample(`${second.answerText} (edited)`, "SHALLOW", 50), turnId: second.id }]);
    expect((await examplesOf(first.questionId!))[0]).toMatchObject({ turnId: first.id, source: "SAMPLE" });
    expect((await examplesOf(second.questionId!))[0]).toMatchObject({ turnId: null });
    expect((await questionExamples(first.questionId!, instructor.id)).recent).toEqual([]);
    expect((await questionExamples(second.questionId!, instructor.id)).recent.map((r) => r.id)).toEqual([second.id]);
    await expect(
      addSampleExamples(first.questionId!, instructor.id, [sample("New one.", "WRONG", 10), { ...sample(first.answerText!, "STRONG", 80), turnId: first.id }]),
    ).rejects.toThrow(/Answer 2: This student answer is already one of your examples/);
    expect(await examplesOf(first.questionId!)).toHaveLength(1);
  });

  it("another instructor can neither read the question's examples nor add to them", async () => {
    const { other, topic } = await completedInterviewWithStranger();
    const db = await getDb();
    const question = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
    await notFound(questionExamples(question.id, other.id));
    await notFound(addSampleExamples(question.id, other.id, [sample("Sneaky.", "STRONG", 90)]));
    expect(await examplesOf(question.id)).toEqual([]);
  });
});

describe("delete", () => {
  it("deletes the caller's example; another instructor's attempt is not found and changes nothing", async () => {
    const { instructor, other, turns } = await completedInterviewWithStranger();
    await confirmGrade({ turnId: turns[0]!.id, instructorId: instructor.id });
    const [example] = await examplesOf(turns[0]!.questionId!);
    await notFound(deleteExample(example!.id, other.id));
    expect(await examplesOf(turns[0]!.questionId!)).toHaveLength(1);
    expect(await deleteExample(example!.id, instructor.id)).toMatchObject({ id: example!.id, source: "CONFIRMED" });
    expect(await examplesOf(turns[0]!.questionId!)).toEqual([]);
    // The answer is offered again on the question page.
    expect((await questionExamples(turns[0]!.questionId!, instructor.id)).recent.map((r) => r.id)).toContain(turns[0]!.id);
  });
});

describe("agreement", () => {
  it("counts same verdicts and scores within 10 points per question, only for the owner", async () => {
    const { instructor, other, topic } = await completedInterviewWithStranger();
    const db = await getDb();
    const [q1, q2] = await db.question.findMany({ where: { topicId: topic.id }, orderBy: { text: "asc" }, take: 2 });
    await addSampleExamples(q1!.id, instructor.id, [
      sample("a", "STRONG", 90, "STRONG", 80), // same verdict, 10 apart: exact and close
      sample("b", "STRONG", 90, "STRONG", 79), // same verdict, 11 apart: exact only
      sample("c", "SHALLOW", 50, "WRONG", 45), // other verdict, 5 apart: close only
      sample("d", "WRONG", 10, "STRONG", 70), // neither
    ]);
    await addSampleExamples(q2!.id, instructor.id, [sample("e", "WRONG", 15, "WRONG", 20)]);
    const byQuestion = await agreementOf({ topicId: topic.id }, instructor.id);
    expect(byQuestion.get(q1!.id)).toEqual({ n: 4, exact: 2, close: 2 });
    expect(byQuestion.get(q2!.id)).toEqual({ n: 1, exact: 1, close: 1 });
    expect((await agreementOf({ questionId: q1!.id }, instructor.id)).get(q1!.id)).toEqual({ n: 4, exact: 2, close: 2 });
    expect((await agreementOf({ topicId: topic.id }, other.id)).size).toBe(0);
  });
});
