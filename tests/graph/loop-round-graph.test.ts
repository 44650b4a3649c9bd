// A loop round planned by a model: the round and lines of the candidate's resume and job
// description reach the planning prompt (within the token budget), the model's tagged questions
// keep their basis into the report, and none of those lines is ever written to the checkpoint.
import { describe, expect, it } from "vitest";
import { roundPlan } from "@/lib/interview/sources/job-loop-round-plan";
import { roundOf } from "@/lib/job-practice/rounds";
import type { StoredSetup } from "@/lib/job-practice/stored-setup";
import { countMessageTokens, PROMPT_TOKEN_BUDGET } from "@/lib/llm/tokens";
import { runInterview } from "../support/interview-driver";
import { evaluationJson, ScriptedChatModel, type Script } from "../support/scripted-model";

const SETUP: StoredSetup = { role: "Backend engineer", family: "backend", seniority: "MID", focus: "TECHNICAL", questionCount: 3, language: "en" };
const round = roundOf("FUNDAMENTALS", "MID", 3);
const bank = () => roundPlan({ setup: SETUP, round, roundIndex: 1, tailoring: null, hasResume: false, timesAsked: new Map(), seed: "seed" });
const SECRET = "Zephyrine-Logistics-7731";
const lines = [`Resume (Apache Kafka): moved ${SECRET} billing events to Kafka`, `Job description asks for Kubernetes: ${"run our services on Kubernetes ".repeat(60)}`];

function tailoredPlan(): string {
  const q = (i: number, basis?: object) => ({
    text: `Tailored question number ${i + 1} about the candidate's work?`,
    kind: "CONCEPT",
    difficulty: ["EASY", "MEDIUM", "HARD"][i % 3],
    referenceAnswer: `A strong answer to question ${i + 1} explains the idea and gives an example from real work.`,
    keyPoints: ["explains the idea", "gives an example", "names a trade-off"],
    ...(basis ? { basis } : {}),
  });
  return JSON.stringify({
    questions: [
      q(0, { from: "resume", about: "Kafka at Zephyrine" }),
      q(1, { from: "job-description", about: "Kubernetes" }),
      q(2),
      q(3, { from: "nowhere", about: "" }),
      q(4),
      q(5),
    ],
  });
}

describe("a loop round planned by a model", () => {
  it("plans from the round and the candidate's lines, tags tailored questions, and keeps the lines out of the checkpoint", async () => {
    const script: Script = ({ kind }) => {
      if (kind === "plan") return tailoredPlan();
      if (kind === "evaluate" || kind === "repair") return evaluationJson("strong");
      if (kind === "phrase") return "Next question.";
      if (kind === "summarize") return "Going well.";
      return JSON.stringify({ weaknesses: ["More numbers."], actionPlan: ["Practise with numbers."] });
    };
    const fake = new ScriptedChatModel(script);
    const start = bank();
    const generatePlan = { role: SETUP.role, seniority: "Mid-level", focus: "Technical", language: "English", round: { title: round.title, about: round.about } };
    const { state, graph, config } = await runInterview({
      model: { model: fake, name: "fake", timeoutMs: 2000 },
      plan: start.plan,
      start: { ...start, generatePlan },
      planContext: lines,
      answer: () => "A clear answer with an example.",
    });
    const planCall = fake.calls.find((c) => c.kind === "plan")!;
    const user = planCall.messages.at(-1)!.content;
    expect(user).toContain("Round: Technical fundamentals");
    expect(user).toContain(`moved ${SECRET} billing events`);
    expect(planCall.messages[0]!.content).toMatch(/basis/);
    for (const c of fake.calls) expect(countMessageTokens(c.messages)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET);

    const questions = state.report!.questions;
    // The round starts at medium: the second question (about the job's Kubernetes) is asked first.
    expect(questions[0]!.basis).toEqual({ from: "job-description", about: "Kubernetes" });
    expect(questions.slice(1).every((q) => q.basis === undefined)).toBe(true);
    // A malformed basis is dropped (it is a label), the question kept.
    expect(state.plan.find((p) => p.id === "generated-4")).toMatchObject({ text: "Tailored question number 4 about the candidate's work?" });
    expect(state.plan.find((p) => p.id === "generated-4")?.basis).toBeUndefined();

    const checkpoint = JSON.stringify((await graph.getState(config)).values);
    expect(checkpoint).not.toContain(SECRET);
    expect(checkpoint).not.toContain("run our services on Kubernetes");
  });
});
