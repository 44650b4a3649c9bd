// The built-in job-practice bank is content, so these checks are its schema and its reviewer:
// shapes and limits, enough questions for every family, difficulty and seniority, and key points
// the offline grader can actually find in a good answer.
import { SENIORITIES, type Seniority, DIFFICULTIES } from "@/lib/domain";
import { describe, expect, it } from "vitest";
import { seniorityRank } from "@/lib/job-practice/seniority";
import { BEHAVIOURAL_BANK, type BankQuestion, ROLE_FAMILIES, TECHNICAL_BANK } from "@/lib/question-bank";
import * as validation from "@/lib/questions/validation";

const { MAX_QUESTION_CHARS } = validation;
// The reference-answer limit is MAX_ANSWER_CHARS, and may be renamed MAX_REFERENCE_ANSWER_CHARS:
// read whichever the module exports, so this test follows the rename without a number of its own.
const limits: Record<string, unknown> = validation;
const MAX_REFERENCE_CHARS = (limits.MAX_REFERENCE_ANSWER_CHARS ?? limits.MAX_ANSWER_CHARS) as number;

const MAX_KEY_POINT_CHARS = 90;

type Entry = { group: string; question: BankQuestion };
const technical: Entry[] = ROLE_FAMILIES.flatMap((family) => TECHNICAL_BANK[family].map((question) => ({ group: family, question })));
const behavioural: Entry[] = BEHAVIOURAL_BANK.map((question) => ({ group: "behavioural", question }));
const all = [...technical, ...behavioural];
const label = ({ question }: Entry) => question.id;

/** Function words of four letters or more: sharing one of these does not make a key point gradeable. */
const STOP_WORDS = new Set(
  "that this with from they them their there these those than then when what which while where whom whose into onto your yours have been were will would should could about each also only more most some such very just over does done both either every other same much many even well here upon".split(
    " ",
  ),
);

/** Crude stemming: strip one trailing ing/ed/es/s, then a trailing e, so cache/caches/cached/caching meet. */
function stem(word: string): string {
  const base = word.replace(/(ing|ed|es|s)$/, "");
  const stemmed = word.endsWith("ss") ? word : base.length >= 3 ? base : word;
  return stemmed.replace(/e$/, "");
}

function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(words.filter((w) => w.length >= 4 && !STOP_WORDS.has(w)).map(stem));
}

describe("the helpers of this test", () => {
  it("stem words crudely but consistently", () => {
    expect(new Set(["cache", "caches", "cached", "caching"].map(stem)).size).toBe(1);
    expect(new Set(["index", "indexes"].map(stem)).size).toBe(1);
    expect(new Set(["test", "tests", "tested", "testing"].map(stem)).size).toBe(1);
    expect(stem("class")).toBe("class");
  });
  it("read a reference-answer limit from lib/questions/validation.ts", () => {
    expect(Number.isInteger(MAX_REFERENCE_CHARS) && MAX_REFERENCE_CHARS > 0).toBe(true);
  });
});

describe("every question", () => {
  it("has the kind of its bank: CONCEPT in a technical family, BEHAVIOURAL in the behavioural bank", () => {
    expect(technical.filter((e) => e.question.kind !== "CONCEPT").map(label)).toEqual([]);
    expect(behavioural.filter((e) => e.question.kind !== "BEHAVIOURAL").map(label)).toEqual([]);
  });

  // Soft expectations: one run lists every problem a question has, not just the first.
  it.each(all.map((e) => [label(e), e] as const))("%s is well formed", (_id, { group, question: q }) => {
    expect.soft(q.id).toMatch(/^[a-z-]+-[a-z0-9-]+$/);
    expect.soft(q.id.startsWith(`${group}-`), `${q.id} starts with ${group}-`).toBe(true);
    expect.soft(DIFFICULTIES).toContain(q.difficulty);

    expect.soft(q.text).toBe(q.text.trim());
    expect.soft(q.text.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
    expect.soft(q.text).toMatch(/[?.]$/);
    expect.soft(q.referenceAnswer.trim().length).toBeGreaterThan(0);
    expect.soft(q.referenceAnswer.length).toBeLessThanOrEqual(MAX_REFERENCE_CHARS);

    expect.soft(q.keyPoints.length, "key points").toBeGreaterThanOrEqual(3);
    expect.soft(q.keyPoints.length, "key points").toBeLessThanOrEqual(6);
    for (const point of q.keyPoints) {
      expect.soft(point.trim().length, point).toBeGreaterThan(0);
      expect.soft(point.length, point).toBeLessThanOrEqual(MAX_KEY_POINT_CHARS);
    }
    expect.soft(new Set(q.keyPoints.map((p) => p.trim().toLowerCase())).size, "distinct key points").toBe(q.keyPoints.length);

    expect.soft(q.tags.length, "tags").toBeGreaterThanOrEqual(1);
    expect.soft(q.tags.length, "tags").toBeLessThanOrEqual(4);
    for (const tag of q.tags) {
      expect.soft(tag.length, tag).toBeGreaterThan(0);
      expect.soft(tag, tag).toBe(tag.trim().toLowerCase());
    }

    expect.soft(SENIORITIES).toContain(q.seniority.min);
    expect.soft(SENIORITIES).toContain(q.seniority.max);
    expect.soft(seniorityRank(q.seniority.min), "seniority min ≤ max").toBeLessThanOrEqual(seniorityRank(q.seniority.max));
  });

  it.each(all.map((e) => [label(e), e] as const))("%s has key points that share a word with its reference answer", (_id, { question: q }) => {
    const answer = contentStems(q.referenceAnswer);
    const ungradeable = q.keyPoints.filter((point) => ![...contentStems(point)].some((s) => answer.has(s)));
    expect(ungradeable).toEqual([]);
  });
});

describe("the bank as a whole", () => {
  it("has unique ids", () => {
    const ids = all.map((e) => e.question.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("never asks the same question twice", () => {
    const texts = all.map((e) => e.question.text.trim().toLowerCase());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it("has at least 200 technical and 30 behavioural questions", () => {
    expect(technical.length).toBeGreaterThanOrEqual(200);
    expect(behavioural.length).toBeGreaterThanOrEqual(30);
  });

  const openTo = (questions: BankQuestion[], s: Seniority) =>
    questions.filter((q) => seniorityRank(q.seniority.min) <= seniorityRank(s) && seniorityRank(s) <= seniorityRank(q.seniority.max)).length;

  describe.each(ROLE_FAMILIES.map((f) => [f]))("the %s family", (family) => {
    const questions = TECHNICAL_BANK[family];
    it("has at least 20 questions", () => {
      expect(questions.length).toBeGreaterThanOrEqual(20);
    });
    it("has every difficulty", () => {
      expect(new Set(questions.map((q) => q.difficulty))).toEqual(new Set(DIFFICULTIES));
    });
    it("has at least 3 questions open to every seniority from intern to lead", () => {
      const short = SENIORITIES.filter((s) => openTo(questions, s) < 3).map((s) => `${s}: ${openTo(questions, s)}`);
      expect(short).toEqual([]);
    });
  });
});
