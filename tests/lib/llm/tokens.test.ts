// Token counting takes shortcuts (kept counts, a byte-length bound for clipping): they must
// give exactly what the tokenizer gives.
import { Tiktoken } from "js-tiktoken/lite";
import cl100k from "js-tiktoken/ranks/cl100k_base";
import { describe, expect, it } from "vitest";
import { clipMiddleToTokens, clipToTokens, countTokens } from "@/lib/llm/tokens";

const reference = new Tiktoken(cl100k);
const SAMPLES = [
  "",
  "An index is a B-tree that speeds up reads.",
  "Ünïcödé — naïve café, 日本語のテキスト, emoji 🚀🚀🚀 and more.",
  "word ".repeat(300),
  "x".repeat(50),
  "🙂".repeat(40),
];

describe("token counting", () => {
  it("counts as the tokenizer does, the first time and from its kept counts", () => {
    for (const text of SAMPLES) {
      expect(countTokens(text)).toBe(reference.encode(text).length);
      expect(countTokens(text)).toBe(reference.encode(text).length);
    }
  });

  it("clips only texts over the limit, at the same place as the tokenizer", () => {
    for (const text of SAMPLES) {
      for (const max of [5, 20, 50, 120]) {
        const tokens = reference.encode(text);
        const expected = tokens.length <= max ? text : `${reference.decode(tokens.slice(0, max - 3))} […]`;
        expect(clipToTokens(text, max)).toBe(expected);
        expect(clipMiddleToTokens(text, max).shortened).toBe(tokens.length > max);
      }
    }
  });
});
