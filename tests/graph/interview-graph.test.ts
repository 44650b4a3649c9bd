// The interviewer graph end to end with the offline grader (deterministic answers built
// from the demo bank's reference answers).
import { describe, expect, it } from "vitest";
import { routeNext } from "@/graph/routing";
import { MAX_TURNS } from "@/graph/state";
import { subjectOf } from "@/lib/grading/key-points";
import { demoPlan, runInterview } from "../support/interview-driver";

const strong = (q?: { referenceAnswer: string | null }) => q?.referenceAnswer ?? "";
// On topic but thin: names the subject, claims experience, explains little → shallow (the same as tests/e2e/support.ts).
const shallow = (q?: { keyPoints: string[] }) =>
  `${subjectOf(q?.keyPoints[0] ?? "it")} is something I have used a lot in my projects, but I could not explain how it works in detail.`;
const wrong = () => "I would use a spreadsheet and ask my manager what they think about it.";

describe("interviewer graph (offline grader)", () => {
  it("all strong answers: 8 main questions, easy → hard, no follow-ups, then a report", async () => {
    const { state, store, requests } = await runInterview({ answer: (_r, q) => strong(q) });
    expect(requests).toHaveLength(MAX_TURNS);
    expect(requests.every((r) => r.kind === "MAIN")).toBe(true);
    expect(store.evaluations.map((e) => e.evaluation.verdict)).toEqual(Array(8).fill("strong"));
    expect(store.asked.map((a) => a.questionId)).toEqual(demoPlan().map((q) => q.id));
    expect(state.report?.questions).toHaveLength(8);
    expect(state.report?.overallScore).toBeGreaterThanOrEqual(75);
    expect(store.report).toEqual(state.report);
  });

  it("all shallow answers: exactly one follow-up after each main question, never two in a row", async () => {
    const { store, requests, state } = await runInterview({ answer: (_r, q) => shallow(q) });
    expect(requests.map((r) => r.kind)).toEqual(["MAIN", "FOLLOW_UP", "MAIN", "FOLLOW_UP", "MAIN", "FOLLOW_UP", "MAIN", "FOLLOW_UP"]);
    expect(store.evaluations.filter((e) => e.evaluation.verdict === "shallow").length).toBeGreaterThanOrEqual(4);
    // A follow-up asks about the same bank question as its main question.
    expect(store.asked[1]!.questionId).toBe(store.asked[0]!.questionId);
    expect(state.report?.questions).toHaveLength(8);
    expect(state.report?.weaknesses.length).toBeGreaterThan(0);
  });

  it("wrong answers get no follow-up and show up as weaknesses with missed points", async () => {
    const { store, state } = await runInterview({ answer: wrong });
    expect(store.asked.every((a) => a.kind === "MAIN")).toBe(true);
    expect(store.evaluations.every((e) => e.evaluation.verdict === "wrong")).toBe(true);
    expect(state.report?.overallScore).toBeLessThan(30);
    expect(state.report?.questions[0]?.missed.length).toBeGreaterThan(0);
    expect(state.report?.actionPlan.length).toBeGreaterThan(0);
  });

  it("ends when the bank is exhausted before 8 turns", async () => {
    const { store, state } = await runInterview({ plan: demoPlan(3), answer: (_r, q) => strong(q) });
    expect(store.asked).toHaveLength(3);
    expect(state.report?.questions).toHaveLength(3);
  });

  it("a follow-up is still asked when its main question was the last one in the bank", async () => {
    const { requests } = await runInterview({ plan: demoPlan(1), answer: (_r, q) => shallow(q) });
    expect(requests.map((r) => r.kind)).toEqual(["MAIN", "FOLLOW_UP"]);
  });

  it("the student can end early and gets a report on what was answered", async () => {
    let n = 0;
    const { state, store } = await runInterview({ answer: (_r, q) => (n++ < 2 ? strong(q) : { end: true }) });
    expect(store.evaluations).toHaveLength(2);
    expect(state.report?.endedEarly).toBe(true);
    expect(state.report?.questions).toHaveLength(2);
  });

  it("an empty answer is graded wrong, not crashed on", async () => {
    const { store } = await runInterview({ plan: demoPlan(1), answer: () => "" });
    expect(store.evaluations[0]?.evaluation.verdict).toBe("wrong");
  });
});

describe("routeNext", () => {
  const base = { plan: demoPlan(), nextPlanIndex: 1, history: [], results: [] as never[] };
  const result = (kind: "MAIN" | "FOLLOW_UP", verdict: "strong" | "shallow" | "wrong") =>
    ({
      index: 0,
      kind,
      questionId: "q",
      questionText: "q",
      answer: "a",
      grader: "offline",
      evaluation: { verdict, scores: { relevance: 0, accuracy: 0, depth: 0, clarity: 0, overall: 0 }, feedback: "f", covered: [], missed: [] },
    }) as const;

  it("follows up a shallow main answer but never a follow-up", () => {
    expect(routeNext({ ...base, results: [result("MAIN", "shallow")] } as never)).toBe("counter_question");
    expect(routeNext({ ...base, results: [result("MAIN", "shallow"), result("FOLLOW_UP", "shallow")] } as never)).toBe("ask_question");
  });
  it("summarizes once four exchanges have piled up, then carries on", () => {
    const history = Array(4).fill({ question: "q", answer: "a", verdict: "strong" });
    expect(routeNext({ ...base, history, results: Array(4).fill(result("MAIN", "strong")) } as never)).toBe("summarize");
  });
  it("stops at 8 turns whatever the last verdict", () => {
    expect(routeNext({ ...base, results: [...Array(7).fill(result("MAIN", "strong")), result("MAIN", "shallow")] } as never)).toBe("generate_report");
  });
});
