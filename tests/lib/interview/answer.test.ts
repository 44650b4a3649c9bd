// Answers are typed objects from the request body on; the text part keeps every rule it had.
import { describe, expect, it } from "vitest";
import { answerSchema } from "@/lib/interview/input";
import { MAX_ANSWER_CHARS } from "@/lib/domain";

const parse = (answer: unknown) => answerSchema.safeParse({ turn: 0, answer });

describe("answer body", () => {
  it("takes { text }, and a bare string from older clients", () => {
    expect(parse({ text: "A stack is LIFO." }).data?.answer).toEqual({ text: "A stack is LIFO." });
    expect(parse("A stack is LIFO.").data?.answer).toEqual({ text: "A stack is LIFO." });
  });

  it("keeps the text rules: not blank, within the limit, no NUL", () => {
    expect(parse({ text: "   " }).error?.issues[0]?.message).toMatch(/Write an answer first/);
    expect(parse({ text: "x".repeat(MAX_ANSWER_CHARS + 1) }).error?.issues[0]?.message).toMatch(/limited to 10,000/);
    expect(parse({ text: "a\u0000b" }).data?.answer.text).toBe("ab");
  });

  it("refuses parts no kind of answer has yet", () => {
    expect(parse({ text: "ok", audio: "…" }).success).toBe(false);
    expect(parse(42).success).toBe(false);
  });
});
