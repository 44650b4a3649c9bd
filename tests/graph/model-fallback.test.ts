// The interviewer with a (scripted, fake) model: the model grades and phrases; a slow,
// failing or incoherent model falls back to the offline grader for that turn and the
// interview carries on. Every prompt stays within the 700-token budget.
import { describe, expect, it } from "vitest";
import { countMessageTokens, PROMPT_TOKEN_BUDGET } from "@/lib/llm/tokens";
import { demoPlan, runInterview } from "../support/interview-driver";
import { evaluationJson, ScriptedChatModel, type Script } from "../support/scripted-model";

const model = (script: Script, timeoutMs = 2000) => {
  const fake = new ScriptedChatModel(script);
  return { fake, info: { model: fake, name: "fake", timeoutMs } };
};

const narrative = JSON.stringify({ strengths: ["Clear definitions."], weaknesses: ["Thin on trade-offs."], actionPlan: ["Practise explaining costs."] });

function happy(verdict: "strong" | "shallow" | "wrong"): Script {
  return ({ kind }) => {
    if (kind === "evaluate") return evaluationJson(verdict);
    if (kind === "phrase") return "So, tell me: what is the difference here?";
    if (kind === "counter") return "And what does that cost in practice?";
    if (kind === "summarize") return "The student answered briefly.";
    return narrative;
  };
}

describe("interviewer with a model", () => {
  it("uses the model's grades, phrasing, follow-ups and narrative, recording the grader", async () => {
    const { fake, info } = model(happy("shallow"));
    const { store, state, requests } = await runInterview({ model: info, plan: demoPlan(2), answer: () => "An answer." });
    expect(requests.map((r) => r.kind)).toEqual(["MAIN", "FOLLOW_UP", "MAIN", "FOLLOW_UP"]);
    expect(requests[0]!.question).toBe("So, tell me: what is the difference here?");
    expect(requests[1]!.question).toBe("And what does that cost in practice?");
    expect(store.evaluations.every((e) => e.grader === "model:fake" && e.evaluation.verdict === "shallow")).toBe(true);
    expect(state.report?.generatedBy).toBe("model:fake");
    expect(state.report?.actionPlan).toEqual(["Practise explaining costs."]);
    // Strengths are never the model's: only answers graded strong earn one (all were shallow here).
    expect(state.report?.strengths).not.toContain("Clear definitions.");
    // The numbers are always computed, never taken from the model's narrative.
    expect(state.report?.overallScore).toBe(55);
    expect(fake.calls.some((c) => c.kind === "report")).toBe(true);
  });

  it("falls back to the offline grader after a timeout (with retries)", async () => {
    const { fake, info } = model(({ kind }) => (kind === "evaluate" ? { delayMs: 5_000 } : happy("strong")({ kind } as never)), 150);
    const plan = demoPlan(1);
    const { store } = await runInterview({ model: info, plan, answer: () => plan[0]!.referenceAnswer! });
    expect(store.evaluations[0]?.grader).toBe("offline (model timeout)");
    expect(store.evaluations[0]?.evaluation.verdict).toBe("strong");
    expect(fake.calls.filter((c) => c.kind === "evaluate")).toHaveLength(3);
  });

  it("retries HTTP 500 then falls back; does not retry HTTP 400", async () => {
    const five = model(({ kind }) => (kind === "evaluate" ? { error: 500 } : happy("strong")({ kind } as never)));
    const plan = demoPlan(1);
    const r1 = await runInterview({ model: five.info, plan, answer: () => plan[0]!.referenceAnswer! });
    expect(r1.store.evaluations[0]?.grader).toBe("offline (model http)");
    expect(five.fake.calls.filter((c) => c.kind === "evaluate")).toHaveLength(3);

    const four = model(({ kind }) => (kind === "evaluate" ? { error: 400 } : happy("strong")({ kind } as never)));
    await runInterview({ model: four.info, plan, answer: () => plan[0]!.referenceAnswer! });
    expect(four.fake.calls.filter((c) => c.kind === "evaluate")).toHaveLength(1);
  });

  it("repairs invalid JSON once, and falls back when the repair is invalid too", async () => {
    const once = model(({ kind }) => (kind === "evaluate" ? "Sure! Here is my grade: strong." : kind === "repair" ? evaluationJson("wrong") : happy("wrong")({ kind } as never)));
    const r1 = await runInterview({ model: once.info, plan: demoPlan(1), answer: () => "whatever" });
    expect(r1.store.evaluations[0]).toMatchObject({ grader: "model:fake", evaluation: { verdict: "wrong" } });

    const twice = model(({ kind }) => (kind === "evaluate" ? '{"verdict":"great"}' : kind === "repair" ? "{not json" : happy("wrong")({ kind } as never)));
    const r2 = await runInterview({ model: twice.info, plan: demoPlan(1), answer: () => "whatever" });
    expect(r2.store.evaluations[0]?.grader).toBe("offline (model invalid_output)");
    expect(twice.fake.calls.filter((c) => c.kind === "repair")).toHaveLength(1);
  });

  it("keeps every prompt within the token budget across an 8-turn interview with huge answers", async () => {
    const { fake, info } = model(happy("shallow"));
    const huge = "The answer goes on and on about pointers, memory, caches and complexity. ".repeat(600); // ~8,000 tokens
    const { requests } = await runInterview({ model: info, answer: () => huge });
    expect(requests).toHaveLength(8);
    const sizes = fake.calls.filter((c) => c.kind !== "repair").map((c) => countMessageTokens(c.messages));
    expect(sizes.length).toBeGreaterThan(16);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET);
    expect(fake.calls.some((c) => c.kind === "summarize")).toBe(true);
  });
});

describe("streaming", () => {
  it("hands the interviewer's text to onToken as the model writes it", async () => {
    const { info } = model(happy("strong"));
    const tokens: string[] = [];
    const { MemorySaver } = await import("@langchain/langgraph");
    const { buildInterviewGraph } = await import("@/graph");
    const { MemoryStore } = await import("../support/memory-store");
    const graph = buildInterviewGraph(new MemorySaver());
    await graph.invoke(
      { sessionId: "stream", topicName: "Data structures", plan: demoPlan(1) },
      { configurable: { thread_id: "stream" }, context: { store: new MemoryStore(), model: info, onToken: (t: string) => tokens.push(t) } },
    );
    expect(tokens.join("")).toBe("So, tell me: what is the difference here?");
  });
});
