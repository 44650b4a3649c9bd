// The interviewer's model path under a hanging or failing endpoint: one deadline per step,
// optional calls skipped first, a circuit breaker, every failure logged with its call kind,
// and grading against the bank's question rather than the model's rephrasing of it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { CircuitBreaker } from "@/lib/llm/circuit-breaker";
import { demoPlan, runInterview } from "../support/interview-driver";
import { evaluationJson, ScriptedChatModel, type Script } from "../support/scripted-model";

const narrative = JSON.stringify({ strengths: ["Clear definitions."], weaknesses: ["Thin on trade-offs."], actionPlan: ["Practise explaining costs."] });

afterEach(() => vi.restoreAllMocks());

describe("one deadline per step", () => {
  it("a hanging model costs each step about its budget, then the built-in grader finishes it", async () => {
    const fake = new ScriptedChatModel(() => ({ delayMs: 60_000 }));
    const plan = demoPlan(1);
    const steps: number[] = [];
    let last = Date.now();
    const { store, state } = await runInterview({
      model: { model: fake, name: "fake", timeoutMs: 20_000, turnBudgetMs: 800 },
      plan,
      answer: () => {
        steps.push(Date.now() - last);
        last = Date.now();
        return plan[0]!.referenceAnswer!;
      },
    });
    steps.push(Date.now() - last); // the final step: grade + report
    // Before: every call waited 3 × 20 s. Now: a step never waits much past its 0.8 s budget.
    for (const ms of steps) expect(ms).toBeLessThan(1500);
    expect(store.evaluations[0]?.grader).toMatch(/^offline \(model (timeout|budget)\)$/);
    expect(state.report?.generatedBy).toBe("offline");
    // The grade used the whole budget, so the optional report narrative was skipped, not tried.
    expect(fake.calls.filter((c) => c.kind === "report")).toHaveLength(0);
  });

  it("a slow but working model still grades within the budget", async () => {
    const fake = new ScriptedChatModel(({ kind }) => (kind === "evaluate" ? { delayMs: 200, reply: evaluationJson("strong") } : kind === "report" ? narrative : "Phrased."));
    const plan = demoPlan(1);
    const { store } = await runInterview({ model: { model: fake, name: "fake", timeoutMs: 5000, turnBudgetMs: 5000 }, plan, answer: () => "An answer." });
    expect(store.evaluations[0]?.grader).toBe("model:fake");
  });
});

describe("circuit breaker", () => {
  it("after N failed calls the model is skipped and turns go straight to the built-in grader", async () => {
    const fake = new ScriptedChatModel(() => ({ error: 503 }));
    const breaker = new CircuitBreaker(2, 60_000);
    const plan = demoPlan(3);
    const { store } = await runInterview({ model: { model: fake, name: "fake", timeoutMs: 1000, breaker }, plan, answer: (_r, q) => q!.referenceAnswer! });
    const callsWhileOpen = fake.calls.length;
    expect(breaker.isOpen).toBe(true);
    expect(store.evaluations.map((e) => e.grader)).toContain("offline (model circuit_open)");
    // Two failing calls (3 tries each) opened it; nothing reached the model after that.
    expect(callsWhileOpen).toBe(6);
  });
});

describe("failures are logged with their kind", () => {
  function warnings() {
    const seen: string[] = [];
    vi.spyOn(console, "warn").mockImplementation((message: string) => void seen.push(String(message)));
    return seen;
  }

  it("phrase, follow-up, summary and report failures are logged, not only grading", async () => {
    const seen = warnings();
    const script: Script = ({ kind }) => (kind === "evaluate" ? evaluationJson("shallow") : { error: 500 });
    const plan = demoPlan(3);
    await runInterview({ model: { model: new ScriptedChatModel(script), name: "fake", timeoutMs: 1000 }, plan, answer: () => "Something short." });
    for (const kind of ["phrase", "follow_up", "summary", "report"]) expect(seen.some((w) => w.includes(`model ${kind} failed (http)`))).toBe(true);
  });

  it("a grading failure is logged and recorded with its reason", async () => {
    const seen = warnings();
    const plan = demoPlan(1);
    const { store } = await runInterview({
      model: { model: new ScriptedChatModel(({ kind }) => (kind === "evaluate" ? "no json here" : kind === "report" ? narrative : "Phrased.")), name: "fake", timeoutMs: 1000 },
      plan,
      answer: () => "An answer.",
    });
    expect(seen.some((w) => w.includes("model grade failed (invalid_output)"))).toBe(true);
    expect(store.evaluations[0]?.grader).toBe("offline (model invalid_output)");
  });
});

describe("grading uses the bank's question", () => {
  it("the model grades against the bank text, while the student sees the rephrasing", async () => {
    const rephrased = "So, in your own words, how would you put it?";
    const fake = new ScriptedChatModel(({ kind }) => (kind === "evaluate" ? evaluationJson("strong") : kind === "phrase" ? rephrased : narrative));
    const plan = demoPlan(1);
    const { requests } = await runInterview({ model: { model: fake, name: "fake", timeoutMs: 1000 }, plan, answer: () => "An answer." });
    expect(requests[0]!.question).toBe(rephrased);
    const gradePrompt = fake.calls.find((c) => c.kind === "evaluate")!.messages[1]!.content;
    expect(gradePrompt).toContain(`Question: ${plan[0]!.text}`);
    expect(gradePrompt).not.toContain(rephrased);
  });
});
