// One set of rules for a question, whichever way it arrives: the add and edit forms (browser
// and server action) and the CSV import give the same limits and messages.
import { describe, expect, it } from "vitest";
import { parseQuestionCsv } from "@/lib/csv/questions";
import { cleanText } from "@/lib/questions/clean-text";
import { codeSpecMessages } from "@/lib/questions/code/spec";
import { checkQuestion, MAX_REFERENCE_ANSWER_CHARS, MAX_KEY_POINTS, MAX_QUESTION_CHARS, parseKind, questionFields, questionMessages } from "@/lib/questions/validation";

const csvError = async (row: string) =>
  (await parseQuestionCsv(new TextEncoder().encode(`question,difficulty,reference_answer,key_points\n${row}\n`), { existing: [], knownTopics: [] })).errors[0]?.reason;

describe("cleanText", () => {
  it("maps C1 controls to the Windows-1252 character they came from", () => {
    expect(cleanText("trade\u0096off, it\u0092s \u0093quoted\u0094 \u0080 5\u0085")).toBe("trade–off, it’s “quoted” € 5…");
  });
  it("drops controls with no character to restore, keeps tabs and line breaks, and turns Excel's vertical tab into a line break", () => {
    expect(cleanText("a\u0081b\u008dc\u0000d\u001be\u007ff")).toBe("abcdef");
    expect(cleanText("one\ttwo\nthree\u000bfour")).toBe("one\ttwo\nthree\nfour");
    const plain = "nothing to do – ümlaut €";
    expect(cleanText(plain)).toBe(plain);
  });
});

describe("question rules", () => {
  const long = (n: number) => "x".repeat(n);
  const cases: [string, { text: string; referenceAnswer?: string; keyPoints?: string }, string][] = [
    ["empty question", { text: "   " }, "The question is empty."],
    ["question too long", { text: long(MAX_QUESTION_CHARS + 1) }, `The question is 2,001 characters long; the limit is ${MAX_QUESTION_CHARS}.`],
    [
      "answer too long",
      { text: "Q?", referenceAnswer: long(MAX_REFERENCE_ANSWER_CHARS + 5) },
      `The reference answer is 8,005 characters long; the limit is ${MAX_REFERENCE_ANSWER_CHARS}.`,
    ],
    ["too many key points", { text: "Q?", keyPoints: Array.from({ length: MAX_KEY_POINTS + 1 }, (_, i) => `p${i}`).join(";") }, `13 key points; the limit is ${MAX_KEY_POINTS}.`],
  ];
  for (const [name, input, message] of cases) {
    it(`${name}: the same message from the form schema, the shared check and the CSV import`, async () => {
      const full = { referenceAnswer: "", keyPoints: "", ...input };
      expect(checkQuestion(full)).toEqual({ ok: false, message });
      const form = questionFields.safeParse({ ...full, difficulty: "EASY" });
      expect(form.success).toBe(false);
      expect(form.error?.issues[0]?.message).toBe(message);
      const csvRow = [full.text, "easy", full.referenceAnswer, full.keyPoints].map((c) => `"${c}"`).join(",");
      expect(await csvError(csvRow)).toBe(message);
    });
  }

  it("a good question comes out cleaned, trimmed and split", () => {
    const form = questionFields.parse({
      text: "  What\u0092s a heap? ",
      difficulty: "HARD",
      referenceAnswer: " A tree \u0096 ordered. ",
      keyPoints: "parent ≤ children; array-backed |  \n",
    });
    expect(form).toEqual({
      text: "What’s a heap?",
      difficulty: "HARD",
      kind: "CONCEPT",
      referenceAnswer: "A tree – ordered.",
      keyPoints: ["parent ≤ children", "array-backed"],
      code: null,
    });
    expect(questionFields.safeParse({ text: "Q?", difficulty: "VERY_HARD" }).error?.issues[0]?.message).toBe("Choose a difficulty: easy, medium or hard.");
  });
});

const NO_TESTS = codeSpecMessages.noTests;
const UNKNOWN_KIND = (raw: string) =>
  `Unknown kind “${raw}”: use concept (or technical, knowledge, theory), behavioural (or behavioral, behaviour, star, soft skills, situational) or code (or coding, programming); blank is concept.`;

describe("kind words as people write them", () => {
  it("blank is a concept question", () => {
    for (const raw of ["", "   ", "\t"]) expect(parseKind(raw)).toEqual({ ok: true, kind: "CONCEPT" });
  });
  it("concept words, any case and padding", () => {
    for (const raw of ["concept", "Technical", " KNOWLEDGE ", "theory", "Concept"]) expect(parseKind(raw), raw).toEqual({ ok: true, kind: "CONCEPT" });
  });
  it("behavioural words, British and American spelling, STAR, soft skills written with a space, hyphen or underscore", () => {
    for (const raw of ["behavioural", "Behavioral", "BEHAVIOUR", "star", "STAR", "soft skills", "Soft-Skills", "soft_skills", "soft  skills", "Situational"])
      expect(parseKind(raw), raw).toEqual({ ok: true, kind: "BEHAVIOURAL" });
  });
  it("coding words: code, coding, programming, any case", () => {
    for (const raw of ["code", "Coding", "PROGRAMMING", "CODE"]) expect(parseKind(raw), raw).toEqual({ ok: true, kind: "CODE" });
    expect(questionMessages).not.toHaveProperty("codeNotYet");
  });
  it("an unknown word is refused with the words that work; a huge cell is named by its start only", () => {
    expect(parseKind(" essay ")).toEqual({ ok: false, message: UNKNOWN_KIND("essay") });
    expect(parseKind("behaviourall")).toEqual({ ok: false, message: UNKNOWN_KIND("behaviourall") });
    const huge = "star ".repeat(400_000);
    expect(parseKind(huge)).toEqual({ ok: false, message: UNKNOWN_KIND(huge.slice(0, 40)) });
  });
  it("the form schema: concept by default, behavioural kept, CODE checked as a spec, anything else asks for a kind", () => {
    const base = { text: "Q?", difficulty: "EASY" };
    expect(questionFields.parse(base)).toMatchObject({ kind: "CONCEPT", code: null });
    expect(questionFields.parse({ ...base, kind: "BEHAVIOURAL" }).kind).toBe("BEHAVIOURAL");
    expect(questionFields.safeParse({ ...base, kind: "CODE" }).error?.issues[0]?.message).toBe(codeSpecMessages.language(""));
    expect(questionFields.safeParse({ ...base, kind: "CODE", language: "python", starterCode: "def f(x):\n    pass" }).error?.issues[0]?.message).toBe(NO_TESTS);
    const coding = questionFields.parse({ ...base, kind: "CODE", language: "Python", starterCode: "def double(x):\n    pass\n", tests: '[{"args":[2],"expected":4}]' });
    expect(coding.code).toEqual({
      languages: ["python"],
      entry: "double",
      starter: { python: "def double(x):\n    pass" },
      solution: {},
      tests: [{ name: "Test 1", args: [2], expected: 4 }],
    });
    // Another kind ignores a coding question's fields and stores no spec.
    expect(questionFields.parse({ ...base, kind: "CONCEPT", language: "cobol", tests: "not json" }).code).toBeNull();
    expect(questionFields.safeParse({ ...base, kind: "ESSAY" }).error?.issues[0]?.message).toBe("Choose a kind: concept, behavioural or coding.");
  });
  it("the CSV import gives the same messages", async () => {
    const kindError = async (kind: string) => (await parseQuestionCsv(new TextEncoder().encode(`question,kind\nQ?,${kind}\n`), { existing: [], knownTopics: [] })).errors[0];
    expect(await kindError("coding")).toEqual({ line: 2, reason: codeSpecMessages.language("") });
    expect(await kindError("essay")).toEqual({ line: 2, reason: UNKNOWN_KIND("essay") });
  });
});

describe("a UTF-8 file with a few Windows-1252 bytes in it", () => {
  it("keeps its UTF-8 and reads the stray bytes as Windows-1252", async () => {
    const utf8 = (s: string) => [...new TextEncoder().encode(s)];
    // Raw 0x96 (dash) and 0x92 (apostrophe), as an old editor writes them, among UTF-8.
    const bytes = new Uint8Array([...utf8("question,reference_answer\nWhat’s a café?,A place – with coffee\nTrade"), 0x96, ...utf8("offs?,It"), 0x92, ...utf8("s fine.\n")]);
    const p = await parseQuestionCsv(bytes, { existing: [], knownTopics: [] });
    expect(p.encoding).toBe("utf-8 with some windows-1252");
    expect(p.toAdd.map((q) => [q.text, q.referenceAnswer])).toEqual([
      ["What’s a café?", "A place – with coffee"],
      ["Trade–offs?", "It’s fine."],
    ]);
  });
});
