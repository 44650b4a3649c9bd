import { beforeAll, describe, expect, it } from "vitest";
import { parseQuestionCsv } from "@/lib/csv/questions";
import { getDb } from "@/lib/db/client";
import { batchDashboard, studentInBatch } from "@/lib/db/queries/analytics";
import { exportStudents, exportTurns } from "@/lib/db/queries/export";
import { overrideGrade } from "@/lib/db/queries/grades";
import { addQuestions, createTopic } from "@/lib/db/queries/topics";
import {
  addQuestion,
  batchOverview,
  deleteQuestion,
  importContext,
  importQuestions,
  moveTopic,
  removeStudent,
  renameBatch,
  roster,
  setBatchArchived,
  topicQuestions,
  transcript,
  updateQuestion,
  updateTopic,
} from "@/lib/db/queries/instructor";
import { setEngineModel } from "@/lib/interview/engine";
import { startInterview } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { completedInterview } from "../../support/completed-interview";
import { makeBatchWithTopic, makeUser } from "../../support/factories";

const BANK = DEMO_TOPICS[0]!.questions.slice(0, 3);

beforeAll(() => setEngineModel(null));

describe("instructor data layer", () => {
  it("refuses another instructor's ids everywhere with 404", async () => {
    const { batch, topic, student, sessionId } = await completedInterview();
    const other = await makeUser("INSTRUCTOR");
    const db = await getDb();
    const question = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
    const turn = await db.turn.findFirstOrThrow({ where: { sessionId } });
    const attempts: (() => Promise<unknown>)[] = [
      () => renameBatch(batch.id, other.id, "Mine now"),
      () => setBatchArchived(batch.id, other.id, true),
      () => batchOverview(batch.id, other.id),
      () => roster(batch.id, other.id),
      () => removeStudent(batch.id, other.id, student.id),
      () => updateTopic(topic.id, other.id, { unlocked: false }),
      () => moveTopic(topic.id, other.id, "down"),
      () => topicQuestions(topic.id, other.id),
      () => updateQuestion(question.id, other.id, { text: "x", difficulty: "EASY", referenceAnswer: null, keyPoints: [] }),
      () => deleteQuestion(question.id, other.id),
      () => importContext(topic.id, other.id),
      () => importQuestions(topic.id, other.id, []),
      () => transcript(sessionId, other.id),
      () => overrideGrade({ turnId: turn.id, instructorId: other.id, verdict: "STRONG", score: 100, reason: "mine" }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ status: 404 });
    expect((await db.batch.findUniqueOrThrow({ where: { id: batch.id } })).name).toBe("Test class");
  });

  it("overrides a grade: turn, session score and the student's report change together, and the override is kept", async () => {
    const { instructor, sessionId } = await completedInterview();
    const db = await getDb();
    const wrongTurn = await db.turn.findFirstOrThrow({ where: { sessionId, index: 1 } });
    expect(wrongTurn.verdict).toBe("WRONG");
    const before = await db.interviewSession.findUniqueOrThrow({ where: { id: sessionId } });
    await overrideGrade({ turnId: wrongTurn.id, instructorId: instructor.id, verdict: "SHALLOW", score: 60, reason: "Partly right for a beginner." });
    const after = await db.interviewSession.findUniqueOrThrow({ where: { id: sessionId } });
    const turns = await db.turn.findMany({ where: { sessionId } });
    expect(after.overallScore).toBe(Math.round(turns.reduce((s, t) => s + (t.score ?? 0), 0) / turns.length));
    expect(after.overallScore).toBeGreaterThan(before.overallScore!);
    const report = after.report as { overallScore: number; questions: { index: number; verdict: string; score: number; override?: { reason: string; previousVerdict: string } }[] };
    expect(report.overallScore).toBe(after.overallScore);
    expect(report.questions[1]).toMatchObject({ verdict: "shallow", score: 60, override: { reason: "Partly right for a beginner.", previousVerdict: "wrong" } });
    const overrides = await db.gradeOverride.findMany({ where: { turnId: wrongTurn.id } });
    expect(overrides).toMatchObject([{ previousVerdict: "WRONG", verdict: "SHALLOW", score: 60 }]);
  });

  it("imports a previewed CSV in one transaction, creating named topics locked", async () => {
    const { instructor, topic, batch } = await makeBatchWithTopic();
    const csv = new TextEncoder().encode("topic,question,difficulty\n,What is a trie?,hard\nNetworking,What is a subnet?,easy\n");
    const ctx = await importContext(topic.id, instructor.id);
    const preview = await parseQuestionCsv(csv, { existing: ctx.existing, knownTopics: ctx.knownTopics, defaultTopic: ctx.topic.name });
    const result = await importQuestions(topic.id, instructor.id, preview.toAdd);
    expect(result).toMatchObject({ added: 2, createdTopics: ["Networking"] });
    const db = await getDb();
    const networking = await db.topic.findFirstOrThrow({ where: { batchId: batch.id, name: "Networking" }, include: { questions: true } });
    expect(networking.unlocked).toBe(false);
    expect(networking.questions.map((q) => q.text)).toEqual(["What is a subnet?"]);
    // A second import of the same file finds only duplicates.
    const again = await importContext(topic.id, instructor.id);
    expect((await parseQuestionCsv(csv, { existing: again.existing, knownTopics: again.knownTopics, defaultTopic: again.topic.name })).toAdd).toEqual([]);
  });

  it("removing a student keeps their history and closes their open interview", async () => {
    const { instructor, batch, topic, student } = await makeBatchWithTopic();
    await addQuestions(topic.id, BANK);
    const { view } = await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id });
    await removeStudent(batch.id, instructor.id, student.id);
    const db = await getDb();
    expect((await db.interviewSession.findUniqueOrThrow({ where: { id: view.sessionId } })).status).toBe("ABANDONED");
    expect(await roster(batch.id, instructor.id)).toEqual([]);
    expect((await studentInBatch(batch.id, student.id))?.sessions).toHaveLength(1);
    await expect(startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id })).rejects.toMatchObject({ status: 404 });
  });

  it("reorders topics and archives asked questions instead of deleting them", async () => {
    const { instructor, batch, sessionId, topic } = await completedInterview();
    const second = await createTopic(batch.id, { name: "Second" });
    await moveTopic(second.id, instructor.id, "up");
    const { topics } = await batchOverview(batch.id, instructor.id);
    expect(topics.map((t) => t.name)).toEqual(["Second", "Topic A"]);
    const db = await getDb();
    const asked = await db.turn.findFirstOrThrow({ where: { sessionId } });
    await deleteQuestion(asked.questionId!, instructor.id);
    expect((await db.question.findUniqueOrThrow({ where: { id: asked.questionId! } })).archivedAt).not.toBeNull();
    const [fresh] = await db.question.createManyAndReturn({ data: [{ topicId: topic.id, text: "Never asked?", difficulty: "EASY" }] });
    await deleteQuestion(fresh!.id, instructor.id);
    expect(await db.question.findUnique({ where: { id: fresh!.id } })).toBeNull();
  });

  it("computes the dashboard with SQL aggregates", async () => {
    const { batch, topic, student, sessionId } = await completedInterview();
    const d = await batchDashboard(batch.id);
    expect(d.histogram).toHaveLength(10);
    expect(d.histogram.reduce((s, b) => s + b.count, 0)).toBe(1);
    expect(d.topics[0]).toMatchObject({ topicId: topic.id, completed: 1 });
    expect(d.grid.cells).toEqual([expect.objectContaining({ studentId: student.id, topicId: topic.id, attempts: 1 })]);
    expect(d.overTime[0]).toMatchObject({ started: 1, completed: 1 });
    expect(d.questions.reduce((s, q) => s + q.asked, 0)).toBe(3);
    expect(d.questions[0]!.wrong).toBe(1); // the hardest question (lowest mean) first
    expect(d.disagreement[0]).toMatchObject({ graded: 3, overridden: 0 });
    const turns = await exportTurns(batch.id);
    expect(turns).toHaveLength(3);
    expect(turns[0]).toMatchObject({ session_id: sessionId, turn: 1 });
    expect((await exportStudents(batch.id))[0]).toMatchObject({ completed_interviews: 1 });
  });

  it("lists students at risk: low recent scores or inactive", async () => {
    const { batch, student } = await completedInterview(); // one wrong of three: low-ish but not < 50?
    const idle = await makeUser("STUDENT");
    const db = await getDb();
    await db.enrollment.create({ data: { batchId: batch.id, studentId: idle.id, joinedAt: new Date(Date.now() - 10 * 86_400_000) } });
    const d = await batchDashboard(batch.id);
    expect(d.atRisk.map((r) => r.studentId)).toContain(idle.id);
    expect(d.atRisk.find((r) => r.studentId === idle.id)?.reason).toBe("inactive");
    const score = (await db.interviewSession.findFirstOrThrow({ where: { studentId: student.id } })).overallScore!;
    expect(d.atRisk.some((r) => r.studentId === student.id)).toBe(score < 50);
  });
});

describe("the topic page's question list", () => {
  it("counts an interview that asked a question once, follow-up or not, in a stable order", async () => {
    const { instructor, batch, topic, student } = await makeBatchWithTopic();
    await addQuestions(topic.id, DEMO_TOPICS[0]!.questions.slice(0, 3));
    const db = await getDb();
    const question = await db.question.findFirstOrThrow({ where: { topicId: topic.id } });
    const session = await db.interviewSession.create({ data: { studentId: student.id, topicId: topic.id, batchId: batch.id } });
    await db.turn.create({ data: { sessionId: session.id, index: 0, kind: "MAIN", questionId: question.id, questionText: question.text } });
    await db.turn.create({ data: { sessionId: session.id, index: 1, kind: "FOLLOW_UP", questionId: question.id, questionText: "And why?" } });
    const first = await topicQuestions(topic.id, instructor.id);
    expect(first.questions.find((q) => q.id === question.id)?._count.turns).toBe(1);
    const again = await topicQuestions(topic.id, instructor.id);
    expect(again.questions.map((q) => q.id)).toEqual(first.questions.map((q) => q.id));
  });
});

describe("question kinds in the data layer", () => {
  it("an added question keeps its kind; without one it is a concept question; an edit changes it or, given none, keeps it", async () => {
    const { instructor, topic } = await makeBatchWithTopic();
    const story = await addQuestion(topic.id, instructor.id, {
      text: "Tell me about a time you missed a deadline.",
      difficulty: "MEDIUM",
      kind: "BEHAVIOURAL",
      referenceAnswer: null,
      keyPoints: ["what happened", "what I did", "the result"],
    });
    const plain = await addQuestion(topic.id, instructor.id, { text: "What is a mutex?", difficulty: "EASY", referenceAnswer: null, keyPoints: [] });
    const db = await getDb();
    expect((await db.question.findUniqueOrThrow({ where: { id: story.id } })).kind).toBe("BEHAVIOURAL");
    expect((await db.question.findUniqueOrThrow({ where: { id: plain.id } })).kind).toBe("CONCEPT");
    const listed = await topicQuestions(topic.id, instructor.id);
    expect(Object.fromEntries(listed.questions.map((q) => [q.text, q.kind]))).toEqual({
      "Tell me about a time you missed a deadline.": "BEHAVIOURAL",
      "What is a mutex?": "CONCEPT",
    });

    await updateQuestion(plain.id, instructor.id, {
      text: "Tell me about a time you shared a lock.",
      difficulty: "EASY",
      kind: "BEHAVIOURAL",
      referenceAnswer: null,
      keyPoints: [],
    });
    expect((await db.question.findUniqueOrThrow({ where: { id: plain.id } })).kind).toBe("BEHAVIOURAL");
    await updateQuestion(story.id, instructor.id, { text: "Tell me about a time you missed a deadline.", difficulty: "HARD", referenceAnswer: null, keyPoints: [] });
    expect((await db.question.findUniqueOrThrow({ where: { id: story.id } })).kind).toBe("BEHAVIOURAL");
  });

  it("an imported CSV stores each row's kind", async () => {
    const { instructor, topic } = await makeBatchWithTopic();
    const csv = new TextEncoder().encode("question,type\nWhat is a deadlock?,technical\nDescribe a time you disagreed with your lead.,Behavioral\nWhat is a semaphore?,\n");
    const ctx = await importContext(topic.id, instructor.id);
    const preview = await parseQuestionCsv(csv, { existing: ctx.existing, knownTopics: ctx.knownTopics, defaultTopic: ctx.topic.name });
    expect(preview.errors).toEqual([]);
    expect((await importQuestions(topic.id, instructor.id, preview.toAdd)).added).toBe(3);
    const db = await getDb();
    const stored = await db.question.findMany({ where: { topicId: topic.id }, select: { text: true, kind: true } });
    expect(Object.fromEntries(stored.map((q) => [q.text, q.kind]))).toEqual({
      "What is a deadlock?": "CONCEPT",
      "Describe a time you disagreed with your lead.": "BEHAVIOURAL",
      "What is a semaphore?": "CONCEPT",
    });
  });

  it("addQuestions (seed and tests) stores a given kind, concept otherwise", async () => {
    const { topic } = await makeBatchWithTopic();
    await addQuestions(topic.id, [
      { text: "Tell me about a hard bug.", difficulty: "EASY", kind: "BEHAVIOURAL" },
      { text: "What is a race condition?", difficulty: "EASY" },
    ]);
    const db = await getDb();
    const stored = await db.question.findMany({ where: { topicId: topic.id }, select: { text: true, kind: true } });
    expect(Object.fromEntries(stored.map((q) => [q.text, q.kind]))).toEqual({ "Tell me about a hard bug.": "BEHAVIOURAL", "What is a race condition?": "CONCEPT" });
  });
});
