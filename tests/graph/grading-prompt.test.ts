// The grading prompt gives the student's answer priority over the reference (issue 14, item 6):
// a thorough answer is sent whole, a very long one keeps its end, and the budget always holds.
import { describe, expect, it } from "vitest";
import { evaluatePrompt, MAX_GRADED_ANSWER_TOKENS, REPAIR_NOTE_TOKENS } from "@/graph/prompts";
import { countMessageTokens, countTokens, PROMPT_TOKEN_BUDGET } from "@/lib/llm/tokens";
import { behaviouralKind } from "@/lib/questions/behavioural";

const reference = "A hash table maps each key through a hash function to a bucket, so lookups take constant time on average. ".repeat(6);
const keyPoints = ["a hash function maps the key to a bucket", "collisions are handled by chaining or open addressing", "the table resizes as the load factor grows"];
const filler = "Let me walk through how I would reason about this in a real system, step by step, with an example from work. ";
const size = (p: { system: string; user: string }) => countMessageTokens([{ content: p.system }, { content: p.user }]);

describe("grading prompt", () => {
  it("sends a thorough answer whole, shortening the reference instead, within the budget", () => {
    const answer = filler.repeat(14); // ≈ 330 tokens
    expect(countTokens(answer)).toBeGreaterThan(300);
    const p = evaluatePrompt({ question: "How does a hash table get constant-time lookups?", referenceAnswer: reference, keyPoints, answer });
    expect(p.user).toContain(answer);
    expect(p.user).not.toContain("middle is left out");
    expect(size(p)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET - REPAIR_NOTE_TOKENS);
    expect(size(p.repair("bad json"))).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET);
  });

  it("keeps the end of a very long answer, where its key point is, and says it was shortened", () => {
    const answer = `${filler.repeat(40)}The key point: when the load factor grows, the table resizes and rehashes every key.`;
    const p = evaluatePrompt({ question: "How does a hash table get constant-time lookups?", referenceAnswer: reference, keyPoints, answer });
    expect(p.user).toContain("the table resizes and rehashes every key");
    expect(p.user).toContain("middle is left out");
    expect(countTokens(p.user)).toBeGreaterThan(MAX_GRADED_ANSWER_TOKENS * 0.8);
    expect(size(p)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET - REPAIR_NOTE_TOKENS);
  });

  it("stays within the budget with a kind's longer instructions and huge inputs", () => {
    const p = evaluatePrompt({
      question: "Q ".repeat(500),
      referenceAnswer: reference.repeat(10),
      keyPoints: keyPoints.concat(keyPoints, keyPoints),
      answer: filler.repeat(80),
      kind: behaviouralKind.modelGrading,
    });
    expect(size(p)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET - REPAIR_NOTE_TOKENS);
    expect(p.user).toContain("Key points:");
  });

  it("shows the instructor's graded examples closest first, whole, and only as many as fit", () => {
    const examples = Array.from({ length: 8 }, (_, i) => ({
      id: `e${i}`,
      answer: `Example answer number ${i}: ${filler}`,
      verdict: i % 2 ? "strong" : "wrong",
      score: i % 2 ? 90 : 10,
    }));
    const short = evaluatePrompt({ question: "How does a hash table get constant-time lookups?", referenceAnswer: reference, keyPoints, answer: "It hashes the key.", examples });
    expect(short.examplesShown.length).toBeGreaterThan(0);
    expect(short.examplesShown).toEqual(examples.slice(0, short.examplesShown.length).map((e) => e.id));
    expect(short.user).toContain("Graded by the instructor:");
    expect(short.user).toContain("Example answer number 0");
    expect(size(short)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET - REPAIR_NOTE_TOKENS);
    // A thorough answer keeps its room: examples give way, and the budget still holds.
    const long = evaluatePrompt({ question: "How does a hash table get constant-time lookups?", referenceAnswer: reference, keyPoints, answer: filler.repeat(40), examples });
    expect(long.examplesShown.length).toBeLessThan(short.examplesShown.length);
    expect(size(long)).toBeLessThanOrEqual(PROMPT_TOKEN_BUDGET - REPAIR_NOTE_TOKENS);
    expect(evaluatePrompt({ question: "Q?", referenceAnswer: reference, keyPoints, answer: "A." }).user).not.toContain("Graded by the instructor");
  });
});
