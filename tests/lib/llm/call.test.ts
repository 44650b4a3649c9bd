// The model path against a real OpenAI client talking to a local OpenAI-compatible server:
// one deadline per step, Retry-After within it, the circuit breaker, response_format
// detection, output caps per call kind, and streamed text voided when its attempt fails.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { evaluatePrompt, reportPrompt } from "@/graph/prompts";
import { resetEnvCache } from "@/lib/env";
import { evaluationSchema } from "@/lib/grading/types";
import { callJson, callText, ModelCallError } from "@/lib/llm/call";
import { CircuitBreaker } from "@/lib/llm/circuit-breaker";
import { StepDeadline } from "@/lib/llm/deadline";
import { jsonModeState } from "@/lib/llm/json-mode";
import { modelFromEnv, resetModelFromEnv } from "@/lib/llm/model";
import { FakeOpenAI, type FakeReply, type FakeRequest } from "../../support/fake-openai";
import { evaluationJson } from "../../support/scripted-model";

let fake: FakeOpenAI;
let script: (r: FakeRequest) => FakeReply = () => ({ text: "ok" });

beforeAll(async () => {
  fake = await new FakeOpenAI((r) => script(r)).start();
});
afterAll(() => fake.stop());
afterEach(() => {
  fake.requests.length = 0;
  for (const key of ["LLM_BASE_URL", "LLM_MODEL", "LLM_TIMEOUT_MS", "LLM_JSON_MODE", "LLM_TURN_BUDGET_MS"]) delete process.env[key];
  resetEnvCache();
  resetModelFromEnv();
});

function model(env: Record<string, string> = {}) {
  Object.assign(process.env, { LLM_BASE_URL: fake.baseURL, LLM_MODEL: "fake-model", LLM_TIMEOUT_MS: "1000", ...env });
  resetEnvCache();
  resetModelFromEnv();
  const info = modelFromEnv();
  if (!info) throw new Error("model not configured");
  return info;
}

const prompt = { system: "Rephrase the next interview question conversationally.", user: "Question 1: What is a stack?" };
const timed = async <T>(work: () => Promise<T>) => {
  const start = Date.now();
  const result = await work().catch((e: unknown) => e);
  return { result, ms: Date.now() - start };
};

describe("one deadline per step", () => {
  it("a hanging endpoint costs the step's budget, not tries × timeout", async () => {
    script = () => ({ hang: true });
    const info = model({ LLM_TIMEOUT_MS: "1000" });
    const deadline = new StepDeadline(1500);
    const { result, ms } = await timed(() => callText(info.forKind("phrase"), prompt, { timeoutMs: info.timeoutMs, deadline, backoffMs: 0 }));
    expect(result).toBeInstanceOf(ModelCallError);
    // Without the deadline: 3 tries × 1 s. With it: 1 s, then one 0.5 s attempt.
    expect(ms).toBeLessThan(1900);
    expect(fake.requests.length).toBeLessThanOrEqual(2);
  });

  it("honours Retry-After on 429 when it fits the deadline", async () => {
    script = (r) => (r.n === 1 ? { status: 429, headers: { "retry-after": "1" } } : { text: "Tell me about stacks." });
    const info = model();
    const { result, ms } = await timed(() => callText(info.forKind("phrase"), prompt, { timeoutMs: 1000, deadline: new StepDeadline(5000), backoffMs: 0 }));
    expect(result).toBe("Tell me about stacks.");
    expect(ms).toBeGreaterThanOrEqual(950); // waited as asked, not the 0 ms backoff
    expect(fake.requests).toHaveLength(2);
  });

  it("gives up at once when Retry-After is longer than the time left", async () => {
    script = () => ({ status: 429, headers: { "retry-after": "120" } });
    const info = model();
    const { result, ms } = await timed(() => callText(info.forKind("phrase"), prompt, { timeoutMs: 1000, deadline: new StepDeadline(3000), backoffMs: 0 }));
    expect((result as ModelCallError).reason).toBe("budget");
    expect(ms).toBeLessThan(500);
    expect(fake.requests).toHaveLength(1);
  });
});

describe("circuit breaker", () => {
  it("after N failed calls the model is skipped for the cool-down, then tried again", async () => {
    script = () => ({ status: 500 });
    const info = model();
    let now = 0;
    const breaker = new CircuitBreaker(2, 60_000, () => now);
    const call = () => callText(info.forKind("phrase"), prompt, { timeoutMs: 1000, retries: 0, breaker }).catch((e: ModelCallError) => e.reason);
    expect(await call()).toBe("http");
    expect(await call()).toBe("http");
    expect(fake.requests).toHaveLength(2);
    expect(await call()).toBe("circuit_open"); // no request made
    expect(fake.requests).toHaveLength(2);
    now = 60_001;
    script = () => ({ text: "Back again." });
    expect(await call()).toBe("Back again.");
    expect(breaker.isOpen).toBe(false);
  });
});

describe("JSON replies", () => {
  const grade = () => evaluatePrompt({ question: "What is a stack?", referenceAnswer: "A LIFO collection.", keyPoints: ["last in, first out"], answer: "LIFO." });

  it("asks with response_format json_schema and caps output tokens per call kind", async () => {
    script = () => ({ text: evaluationJson("strong") });
    const info = model();
    const e = await callJson(info.forKind("grade"), grade(), evaluationSchema, { timeoutMs: 1000, json: { state: info.json, name: "grade" } });
    expect(e.verdict).toBe("strong");
    const sent = fake.requests[0]!.body;
    expect(sent.response_format?.type).toBe("json_schema");
    expect(JSON.stringify(sent.response_format)).toContain('"verdict"');
    expect(sent.max_tokens).toBe(450);
    await callText(info.forKind("phrase"), prompt, { timeoutMs: 1000 });
    expect(fake.requests[1]!.body.max_tokens).toBe(120);
  });

  it("steps down once when the endpoint rejects json_schema, and remembers", async () => {
    script = (r) =>
      r.body.response_format?.type === "json_schema" ? { status: 400, message: "response_format json_schema is not supported" } : { text: evaluationJson("shallow") };
    const info = model();
    const options = { timeoutMs: 1000, json: { state: info.json, name: "grade" } };
    expect((await callJson(info.forKind("grade"), grade(), evaluationSchema, options)).verdict).toBe("shallow");
    expect(fake.requests.map((r) => r.body.response_format?.type)).toEqual(["json_schema", "json_object"]);
    await callJson(info.forKind("grade"), grade(), evaluationSchema, options);
    expect(fake.requests.map((r) => r.body.response_format?.type)).toEqual(["json_schema", "json_object", "json_object"]);
  });

  it("repairs an invalid reply in json_schema mode too (where the client parses the JSON itself)", async () => {
    script = (r) => (r.kind === "repair" ? { text: evaluationJson("strong") } : { text: "Sure! Here it is: verdict strong" });
    const info = model();
    const e = await callJson(info.forKind("grade"), grade(), evaluationSchema, { timeoutMs: 1000, json: { state: info.json, name: "grade" } });
    expect(e.verdict).toBe("strong");
    expect(fake.requests.map((r) => [r.kind, r.body.response_format?.type])).toEqual([
      ["evaluate", "json_schema"],
      ["repair", "json_schema"],
    ]);
  });

  it("sends no response_format with LLM_JSON_MODE=prompt", async () => {
    script = () => ({ text: evaluationJson("wrong") });
    const info = model({ LLM_JSON_MODE: "prompt" });
    await callJson(info.forKind("grade"), grade(), evaluationSchema, { timeoutMs: 1000, json: { state: info.json, name: "grade" } });
    expect(fake.requests[0]!.body.response_format).toBeUndefined();
    expect(jsonModeState("prompt").fixed).toBe(true);
  });

  it("the repair call stays within the prompt budget however long the inputs", async () => {
    const schema = z.object({ strengths: z.array(z.string()), weaknesses: z.array(z.string()), actionPlan: z.array(z.string()) });
    script = (r) => (r.kind === "repair" ? { text: '{"strengths":["a"],"weaknesses":[],"actionPlan":["b"]}' } : { text: `not json ${"x".repeat(5000)}` });
    const info = model({ LLM_JSON_MODE: "prompt" });
    const long = "word ".repeat(3000);
    const results = Array.from({ length: 8 }, (_, i) => ({
      index: i,
      kind: "MAIN" as const,
      questionId: `q${i}`,
      questionText: long,
      answer: long,
      grader: "offline",
      evaluation: { verdict: "shallow" as const, scores: { relevance: 50, accuracy: 50, depth: 50, clarity: 50, overall: 50 }, feedback: "f", covered: [], missed: [long] },
    }));
    await callJson(info.forKind("report"), reportPrompt({ topic: long, summary: long, results }), schema, { timeoutMs: 1000 });
    const { countMessageTokens, PROMPT_TOKEN_BUDGET } = await import("@/lib/llm/tokens");
    expect(fake.requests.map((r) => r.kind)).toEqual(["report", "repair"]);
    for (const r of fake.requests) expect(countMessageTokens(r.body.messages)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET);
  });
});

describe("streaming", () => {
  it("a retried stream voids the text already sent instead of repeating it", async () => {
    script = (r) => (r.n === 1 ? { dropAfter: "So, to get " } : { text: "So, to get started: what is a stack?", chunks: 4 });
    const info = model();
    let shown = "";
    let resets = 0;
    const text = await callText(info.forKind("phrase"), prompt, {
      timeoutMs: 2000,
      backoffMs: 0,
      onToken: (t) => {
        shown += t;
      },
      onReset: () => {
        resets++;
        shown = "";
      },
    });
    expect(text).toBe("So, to get started: what is a stack?");
    expect(resets).toBe(1);
    expect(shown).toBe(text);
  });
});
