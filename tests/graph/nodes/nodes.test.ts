// Each node called directly with a hand-built state, as DEVELOPERS.md asks.
import { describe, expect, it } from "vitest";
import type { InterviewContext } from "@/graph/context";
import { askQuestion } from "@/graph/nodes/ask-question";
import { counterQuestion } from "@/graph/nodes/counter-question";
import { evaluateAnswer } from "@/graph/nodes/evaluate-answer";
import { generateReport } from "@/graph/nodes/generate-report";
import { MAX_SUMMARY_TOKENS, summarize } from "@/graph/nodes/summarize";
import { InterviewState, type InterviewStateType, type TurnResult } from "@/graph/state";
import { gradeOffline } from "@/lib/grading/offline";
import { countTokens } from "@/lib/llm/tokens";
import { demoPlan } from "../../support/interview-driver";
import { MemoryStore } from "../../support/memory-store";
import { evaluationJson, ScriptedChatModel } from "../../support/scripted-model";

const plan = demoPlan(3);
/** Node updates typed as plain state (LangGraph's Update type also admits Overwrite wrappers). */
const plain = (update: unknown) => update as Partial<InterviewStateType>;

function state(overrides: Partial<InterviewStateType> = {}): InterviewStateType {
  const defaults = Object.fromEntries(Object.entries(InterviewState.spec).map(([k, ch]) => [k, (ch as { get(): unknown }).get?.()])) as InterviewStateType;
  return {
    ...defaults,
    sessionId: "s",
    topicName: "Data structures",
    plan,
    nextPlanIndex: 0,
    current: null,
    answer: null,
    results: [],
    history: [],
    summary: "",
    endRequested: false,
    report: null,
    ...overrides,
  };
}

function config(ctx: Partial<InterviewContext> = {}) {
  const store = new MemoryStore();
  return { store, config: { context: { store, model: null, retryBackoffMs: 0, ...ctx } } };
}

const result = (index: number, kind: "MAIN" | "FOLLOW_UP", answer: string, q = plan[0]!): TurnResult => ({
  index,
  kind,
  questionId: q.id,
  questionText: q.text,
  answer,
  evaluation: gradeOffline(q, answer),
  grader: "offline",
});

describe("ask_question", () => {
  it("asks the next planned question with the bank text and records the turn", async () => {
    const { store, config: c } = config();
    const update = plain(await askQuestion(state({ nextPlanIndex: 1, results: [result(0, "MAIN", "x")] }), c));
    expect(update.current).toMatchObject({ index: 1, kind: "MAIN", text: plan[1]!.text });
    expect(update.nextPlanIndex).toBe(2);
    expect(store.asked).toEqual([{ sessionId: "s", index: 1, kind: "MAIN", difficulty: "EASY", questionKind: "CONCEPT", questionId: plan[1]!.id, questionText: plan[1]!.text }]);
  });

  it("keeps the bank wording when the model fails to phrase it", async () => {
    const model = new ScriptedChatModel(() => ({ error: 503 }));
    const { config: c } = config({ model: { model, name: "fake", timeoutMs: 1000 } });
    expect(plain(await askQuestion(state(), c)).current?.text).toBe(plan[0]!.text);
  });
});

describe("evaluate_answer", () => {
  it("grades offline with the bank's word weights from its context (what bench:grader measures)", async () => {
    const current = { index: 0, kind: "MAIN" as const, question: plan[0]!, text: plan[0]!.text };
    const answer = { text: "Arrays keep elements next to each other in memory; linked lists use nodes." };
    const plain = config();
    await evaluateAnswer(state({ current, answer }), plain.config);
    // Weights that make the answer's rare words count for nothing change the grade.
    const skewed = config({ idf: (t) => (t.startsWith("array") || t.startsWith("memor") || t.startsWith("node") ? 0.01 : 5) });
    await evaluateAnswer(state({ current, answer }), skewed.config);
    expect(skewed.store.evaluations[0]!.evaluation.scores.overall).not.toBe(plain.store.evaluations[0]!.evaluation.scores.overall);
  });

  it("grades offline, writes the evaluation and appends to results and history", async () => {
    const { store, config: c } = config();
    const current = { index: 0, kind: "MAIN" as const, question: plan[0]!, text: plan[0]!.text };
    const update = plain(await evaluateAnswer(state({ current, answer: { text: plan[0]!.referenceAnswer! } }), c));
    expect(update.answer).toBeNull();
    expect(update.results?.[0]?.evaluation.verdict).toBe("strong");
    expect(update.history).toHaveLength(1);
    expect(store.evaluations[0]).toMatchObject({ index: 0, grader: "offline" });
  });
});

describe("evaluate_answer with the instructor's examples", () => {
  const q = plan[0]!;
  const current = { index: 0, kind: "MAIN" as const, question: q, text: q.text };
  const answer = { text: "Arrays keep their elements next to each other in memory, while linked lists chain nodes with pointers." };
  const examples = [
    { id: "close", answer: "Arrays keep elements next to each other in memory; linked lists chain nodes with pointers.", verdict: "strong" as const, score: 95 },
    { id: "far", answer: "I am not sure, something about speed.", verdict: "wrong" as const, score: 5 },
  ];

  it("offline: the closest example moves the grade and is named on the evaluation", async () => {
    const { store, config: c } = config({ examples });
    await evaluateAnswer(state({ current, answer }), c);
    const e = store.evaluations[0]!.evaluation;
    expect(e.examples?.[0]?.id).toBe("close");
    expect(e.examples?.map((x) => x.id)).not.toContain("far");
    const { store: without, config: c2 } = config();
    await evaluateAnswer(state({ current, answer }), c2);
    expect(e.scores.overall).toBeGreaterThan(without.evaluations[0]!.evaluation.scores.overall);
  });

  it("with a model: the closest examples go into the prompt, and the evaluation names those (never what the model claims)", async () => {
    const fake = new ScriptedChatModel(({ kind }) =>
      kind === "evaluate" ? JSON.stringify({ ...JSON.parse(evaluationJson("strong")), examples: [{ id: "made-up", verdict: "wrong", score: 1, similarity: 1 }] }) : "x",
    );
    const { store, config: c } = config({ examples, model: { model: fake, name: "fake", timeoutMs: 1000 } as InterviewContext["model"] });
    await evaluateAnswer(state({ current, answer }), c);
    const prompt = fake.calls.find((x) => x.kind === "evaluate")!.messages.at(-1)!.content;
    expect(prompt).toContain("Graded by the instructor:");
    expect(prompt.indexOf(examples[0]!.answer)).toBeLessThan(prompt.indexOf(examples[1]!.answer));
    const e = store.evaluations[0]!.evaluation;
    expect(store.evaluations[0]!.grader).toBe("model:fake");
    expect(e.examples?.map((x) => x.id)).toEqual(["close", "far"]);
  });

  it("does not use a main question's examples for a follow-up", async () => {
    const { store, config: c } = config({ examples });
    await evaluateAnswer(
      state({ current: { ...current, index: 1, kind: "FOLLOW_UP", text: "And what about inserting in the middle?" }, answer, results: [result(0, "MAIN", "x")] }),
      c,
    );
    expect(store.evaluations[0]!.evaluation.examples).toBeUndefined();
  });
});

describe("counter_question", () => {
  it("probes a missed key point of the last main answer, using the whole point (issue 12, item 11)", async () => {
    const { store, config: c } = config();
    const q = plan[0]!;
    const main = result(0, "MAIN", `${q.keyPoints[0]}.`, q);
    const missed = main.evaluation.missed[0]!;
    const update = plain(await counterQuestion(state({ results: [main], current: { index: 0, kind: "MAIN", question: q, text: q.text } }), c));
    expect(update.current).toMatchObject({ index: 1, kind: "FOLLOW_UP", question: { id: q.id } });
    expect(update.current!.text).toContain(missed);
    expect(update.current!.text).toMatch(/\?$/);
    expect(store.asked[0]).toMatchObject({ index: 1, kind: "FOLLOW_UP", questionId: q.id });
  });
});

describe("summarize", () => {
  it("folds the history into a bounded summary and drops it", async () => {
    const { config: c } = config();
    const history = Array.from({ length: 4 }, (_, i) => ({ question: `${plan[i % 3]!.text} `.repeat(5), answer: "long answer ".repeat(200), verdict: "shallow" as const }));
    const update = plain(await summarize(state({ history, summary: "Earlier: ".repeat(300) }), c));
    expect(update.history).toEqual([]);
    expect(countTokens(update.summary!)).toBeLessThanOrEqual(MAX_SUMMARY_TOKENS);
    expect(update.summary).toContain("shallow");
  });
});

describe("generate_report", () => {
  it("reports per question with the reference as model answer, and saves it", async () => {
    const { store, config: c } = config();
    const results = [result(0, "MAIN", plan[0]!.referenceAnswer!), result(1, "MAIN", "I do not know, something about food.", plan[1]!)];
    const update = plain(await generateReport(state({ results, endRequested: true }), c));
    const report = update.report!;
    expect(store.report).toEqual(report);
    expect(report.endedEarly).toBe(true);
    expect(report.questions.map((q) => q.verdict)).toEqual(["strong", "wrong"]);
    expect(report.questions[1]!.modelAnswer).toBe(plan[1]!.referenceAnswer);
    expect(report.questions[1]!.missed.length).toBeGreaterThan(0);
    expect(report.overallScore).toBe(Math.round((results[0]!.evaluation.scores.overall + results[1]!.evaluation.scores.overall) / 2));
    expect(report.strengths.length).toBeGreaterThan(0);
    expect(report.weaknesses.length).toBeGreaterThan(0);
    expect(report.actionPlan.length).toBeGreaterThan(0);
  });
});
