// Job practice in the interviewer graph: the model's plan for the role (valid, repaired once,
// or dropped for the bank plan), adaptive difficulty over scripted verdicts, and behavioural
// answers graded for STAR structure — with the model and offline.
import { describe, expect, it } from "vitest";
import { jobPracticePlan } from "@/lib/interview/sources/job-practice-plan";
import type { StoredSetup } from "@/lib/job-practice/stored-setup";
import { MAX_OUTPUT_TOKENS } from "@/lib/llm/call-kinds";
import { countMessageTokens, countTokens, PROMPT_TOKEN_BUDGET } from "@/lib/llm/tokens";
import { BEHAVIOURAL_BANK, TECHNICAL_BANK } from "@/lib/question-bank";
import { runInterview } from "../support/interview-driver";
import { evaluationJson, gradesBehaviour, planJson, ScriptedChatModel, type Script } from "../support/scripted-model";

const SETUP: StoredSetup = { role: "Senior React developer", family: "frontend", seniority: "SENIOR", focus: "MIXED", questionCount: 5, language: "en" };
const bankStart = () => jobPracticePlan(SETUP, new Map(), "seed");
const generatePlan = { role: SETUP.role, seniority: "Senior", focus: "Mixed", language: "English" };
const references = new Map([...Object.values(TECHNICAL_BANK).flat(), ...BEHAVIOURAL_BANK].map((q) => [q.id, q.referenceAnswer]));

function withModel(plan: (n: number) => string): { fake: ScriptedChatModel; info: { model: ScriptedChatModel; name: string; timeoutMs: number } } {
  let plans = 0;
  const script: Script = ({ kind, system }) => {
    if (kind === "plan" || (kind === "repair" && system.startsWith("You plan"))) return plan(plans++);
    if (kind === "evaluate" || kind === "repair") return evaluationJson("strong", undefined, { star: gradesBehaviour(system) });
    if (kind === "phrase") return "Let us talk about this.";
    if (kind === "summarize") return "Going well.";
    return JSON.stringify({ weaknesses: ["More numbers."], actionPlan: ["Practise stories with results."] });
  };
  const fake = new ScriptedChatModel(script);
  return { fake, info: { model: fake, name: "fake", timeoutMs: 2000 } };
}

describe("plan_interview with a model", () => {
  it("uses a valid generated plan, keeping to the kind schedule", async () => {
    const { fake, info } = withModel(() => planJson(8, 3));
    const { store, requests } = await runInterview({ model: info, plan: bankStart().plan, start: { ...bankStart(), generatePlan }, answer: () => "An answer." });
    expect(fake.calls.filter((c) => c.kind === "plan")).toHaveLength(1);
    expect(store.asked.every((a) => a.questionId.startsWith("generated-"))).toBe(true);
    expect(store.asked.filter((a) => a.kind === "MAIN").map((a) => a.questionKind)).toEqual(["CONCEPT", "CONCEPT", "BEHAVIOURAL", "CONCEPT", "CONCEPT"]);
    // The model graded the story strong but said it had no result: the story rule makes it shallow,
    // so the behavioural question (and only it) gets a follow-up, asking for the result.
    expect(requests.map((r) => r.kind)).toEqual(["MAIN", "MAIN", "MAIN", "FOLLOW_UP", "MAIN", "MAIN"]);
    const story = store.evaluations.find((e) => e.index === 2)!;
    expect(story.evaluation).toMatchObject({ verdict: "shallow", star: { missing: ["result"] } });
    expect(story.evaluation.missed[0]).toMatch(/result/);
    // The follow-up's answer is graded as a concept answer (no STAR on it).
    expect(store.evaluations.find((e) => e.index === 3)!.evaluation.star).toBeUndefined();
    // The planning prompt fits the budget like every other.
    for (const c of fake.calls) expect(countMessageTokens(c.messages)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET);
  });

  it("repairs an invalid plan once", async () => {
    const { fake, info } = withModel((n) => (n === 0 ? '{"questions":[{"text":"too few"}]}' : planJson(8, 3)));
    const { store } = await runInterview({ model: info, plan: bankStart().plan, start: { ...bankStart(), generatePlan }, answer: () => "An answer." });
    expect(fake.calls.filter((c) => c.kind === "repair" && c.messages[0]!.content.startsWith("You plan"))).toHaveLength(1);
    expect(store.asked[0]!.questionId).toMatch(/^generated-/);
  });

  it("falls back to the built-in bank plan when the repair is invalid too", async () => {
    const { info } = withModel(() => "not json at all");
    const start = bankStart();
    const { store } = await runInterview({ model: info, plan: start.plan, start: { ...start, generatePlan }, answer: () => "An answer." });
    expect(store.asked.length).toBeGreaterThan(0);
    expect(store.asked.every((a) => start.plan.some((p) => p.id === a.questionId))).toBe(true);
  });
});

describe("the plan's size", () => {
  it("a 10-question plan with its spares, written like the bank, fits the plan call's output cap", () => {
    // The largest request (10 technical questions: 10 + 3 spares), each question as long as the
    // bank's longer ones (its reference answer cut to three sentences, as the prompt asks).
    const longest = [...TECHNICAL_BANK.frontend].sort((a, b) => b.referenceAnswer.length - a.referenceAnswer.length).slice(0, 13);
    const reply = JSON.stringify({
      questions: longest.map((q) => ({
        text: q.text,
        kind: "CONCEPT",
        difficulty: q.difficulty,
        referenceAnswer: q.referenceAnswer
          .split(/(?<=\.)\s/)
          .slice(0, 3)
          .join(" "),
        keyPoints: q.keyPoints,
      })),
    });
    expect(countTokens(reply)).toBeLessThan(MAX_OUTPUT_TOKENS.plan);
  });
});

describe("an interview in another language (a model is configured)", () => {
  it("asks the model to plan, ask, follow up, give feedback and write the report in that language", async () => {
    const { fake, info } = withModel(() => planJson(8, 3));
    await runInterview({
      model: info,
      plan: bankStart().plan,
      start: { ...bankStart(), language: "Spanish", generatePlan: { ...generatePlan, language: "Spanish" } },
      answer: () => "Una respuesta.",
    });
    for (const kind of ["plan", "phrase", "evaluate", "report"] as const) {
      const call = fake.calls.find((c) => c.kind === kind);
      expect(call, kind).toBeDefined();
      expect(call!.messages.map((m) => m.content).join(" "), kind).toContain("Spanish");
    }
  });
});

describe("job practice offline", () => {
  it("moves difficulty with the verdicts and records the path in the report", async () => {
    const start = bankStart(); // senior: starts MEDIUM
    // strong, strong (→ HARD), then a wrong answer (→ MEDIUM), strong…
    const verdicts = ["strong", "strong", "wrong", "strong", "strong"];
    let main = 0;
    const { state, store } = await runInterview({
      plan: start.plan,
      start,
      answer: (request, question) => {
        if (request.kind !== "MAIN") return references.get(question!.id)!;
        return verdicts[main++] === "wrong" ? "I like pizza and football on weekends." : references.get(question!.id)!;
      },
    });
    const mains = store.asked.filter((a) => a.kind === "MAIN");
    expect(mains).toHaveLength(5);
    expect(mains[0]!.difficulty).toBe("MEDIUM");
    expect(state.report?.difficultyPath).toEqual(mains.map((m) => m.difficulty));
    // After the first strong answer the level went up.
    expect(mains[1]!.difficulty).toBe("HARD");
    // The third main question is behavioural (mixed focus), and its grade carries STAR.
    expect(mains[2]!.questionKind).toBe("BEHAVIOURAL");
    const behavioural = state.report!.questions.find((q) => q.questionKind === "BEHAVIOURAL")!;
    expect(behavioural.star).toBeDefined();
    expect(state.report!.planned).toBe(5);
    expect(state.report!.notReached).toEqual([]);
  });
});
