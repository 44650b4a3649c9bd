// The one home of a coding question's rules: which languages, how the tests are written (JSON in
// one cell or field), the limits and every message. The add and edit forms, their server actions,
// the CSV import and the built-in bank's test all check a spec here. Client-safe; linear in its input.
import { z } from "zod";
import { CODE_LIMITS } from "@/lib/code/limits";
import { CODE_LANGUAGES, type CodeLanguage, type CodeSpec, type CodeTest } from "@/lib/code/types";
import { cleanText } from "../clean-text";

export const CODE_SPEC_LIMITS = {
  tests: 30,
  /** The tests as written (JSON): enough for 30 tests with sizeable inputs. */
  testsChars: 60_000,
  testNameChars: 80,
  entryChars: 60,
  /** A question may ask for less than the sandbox's caps, never more. */
  timeMs: { min: 100, max: CODE_LIMITS.timeMs },
  memoryMb: { min: 8, max: CODE_LIMITS.memoryBytes / 1024 / 1024 },
} as const;

const LANGUAGE_WORDS = new Map<string, CodeLanguage>([
  ["javascript", "javascript"],
  ["js", "javascript"],
  ["node", "javascript"],
  ["python", "python"],
  ["py", "python"],
  ["python3", "python"],
]);

export const TESTS_EXAMPLE = '[{"name":"two numbers","args":[[2,7,11],9],"expected":[0,1]},{"args":[[],1],"expected":[],"hidden":true}]';

export const codeSpecMessages = {
  language: (raw: string) => (raw.trim() ? `Unknown language “${raw.trim().slice(0, 30)}”: use JavaScript or Python.` : "Coding questions need a language: JavaScript or Python."),
  starterTooLong: `The starter code is limited to ${CODE_LIMITS.codeChars.toLocaleString("en")} characters.`,
  solutionTooLong: `The reference solution is limited to ${CODE_LIMITS.codeChars.toLocaleString("en")} characters.`,
  noEntry: "Name the function the tests call: put it in the starter code (function name(…) in JavaScript, def name(…) in Python) or in the entry field.",
  badEntry: (raw: string) => `“${raw.slice(0, 40)}” cannot be a function name: use letters, digits and _ (not first), at most ${CODE_SPEC_LIMITS.entryChars} characters.`,
  noTests: `Coding questions need tests, as JSON, e.g. ${TESTS_EXAMPLE}`,
  testsTooLong: (n: number) => `The tests are ${n.toLocaleString("en")} characters long; the limit is ${CODE_SPEC_LIMITS.testsChars.toLocaleString("en")}.`,
  testsNotJson: (detail: string) => `The tests are not valid JSON (${detail.slice(0, 80)}). Write a list like ${TESTS_EXAMPLE}`,
  testsNotList: `The tests must be a JSON list of tests, e.g. ${TESTS_EXAMPLE}`,
  tooManyTests: (n: number) => `${n} tests; the limit is ${CODE_SPEC_LIMITS.tests}.`,
  badTest: (i: number, what: string) => `Test ${i + 1}: ${what}`,
  argsNotList: "“args” must be a list of the function's arguments, e.g. [[1, 2, 3]] for one list argument.",
  noExpected: "“expected” is missing: what the function must return.",
  unknownField: (key: string) => `unknown field “${key.slice(0, 30)}” (use name, args, expected, hidden).`,
  nameTooLong: `a test name is limited to ${CODE_SPEC_LIMITS.testNameChars} characters.`,
  noVisibleTest: "Mark at least one test visible (leave out “hidden”) so students can check their code before submitting.",
  timeLimit: `The time limit must be a whole number of milliseconds from ${CODE_SPEC_LIMITS.timeMs.min} to ${CODE_SPEC_LIMITS.timeMs.max}.`,
  memoryLimit: `The memory limit must be a whole number of MB from ${CODE_SPEC_LIMITS.memoryMb.min} to ${CODE_SPEC_LIMITS.memoryMb.max}.`,
};

/** A language as people write it (JavaScript, js, Python 3…); undefined when unknown. */
export function parseLanguage(raw: string): CodeLanguage | undefined {
  const word = raw.trim().toLowerCase().replace(/\s+/g, "");
  return word.length > 12 ? undefined : LANGUAGE_WORDS.get(word);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Anchored at a line start and bounded by the identifier, so one pass over the code (no backtracking blow-up).
const DEFINITION: Record<CodeLanguage, RegExp> = {
  javascript: /^[ \t]*(?:export[ \t]+)?(?:async[ \t]+)?function[ \t]*\*?[ \t]*([A-Za-z_$][\w$]*)|^[ \t]*(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*=/m,
  python: /^[ \t]*def[ \t]+([A-Za-z_]\w*)/m,
};

/** The first function the starter code defines: what the tests call when no entry is given. */
export function entryFromStarter(starter: string, language: CodeLanguage): string | undefined {
  const match = DEFINITION[language].exec(starter);
  return match ? (match[1] ?? match[2]) : undefined;
}

export type CodeSpecInput = {
  language: string;
  starterCode: string;
  /** The tests as JSON text. */
  tests: string;
  solution?: string;
  entry?: string;
  timeLimitMs?: string;
  memoryLimitMb?: string;
};

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads the tests' JSON into checked tests, or the first problem's message. */
export function parseTests(raw: string): Checked<CodeTest[]> {
  const text = raw.trim();
  if (!text) return { ok: false, message: codeSpecMessages.noTests };
  if (text.length > CODE_SPEC_LIMITS.testsChars) return { ok: false, message: codeSpecMessages.testsTooLong(text.length) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: codeSpecMessages.testsNotJson((error as Error).message) };
  }
  if (!Array.isArray(parsed)) return { ok: false, message: codeSpecMessages.testsNotList };
  if (parsed.length === 0) return { ok: false, message: codeSpecMessages.noTests };
  if (parsed.length > CODE_SPEC_LIMITS.tests) return { ok: false, message: codeSpecMessages.tooManyTests(parsed.length) };
  const tests: CodeTest[] = [];
  for (const [i, item] of parsed.entries()) {
    const bad = (what: string): Checked<CodeTest[]> => ({ ok: false, message: codeSpecMessages.badTest(i, what) });
    if (!item || typeof item !== "object" || Array.isArray(item)) return bad(codeSpecMessages.testsNotList);
    const test = item as Record<string, unknown>;
    const unknown = Object.keys(test).find((k) => !["name", "args", "expected", "hidden"].includes(k));
    if (unknown) return bad(codeSpecMessages.unknownField(unknown));
    if (!Array.isArray(test.args)) return bad(codeSpecMessages.argsNotList);
    if (!("expected" in test)) return bad(codeSpecMessages.noExpected);
    const name = typeof test.name === "string" && test.name.trim() ? cleanText(test.name).trim() : `Test ${i + 1}`;
    if (name.length > CODE_SPEC_LIMITS.testNameChars) return bad(codeSpecMessages.nameTooLong);
    tests.push({ name, args: test.args, expected: test.expected, ...(test.hidden === true ? { hidden: true } : {}) });
  }
  if (tests.every((t) => t.hidden)) return { ok: false, message: codeSpecMessages.noVisibleTest };
  return { ok: true, value: tests };
}

function wholeNumberIn(raw: string | undefined, range: { min: number; max: number }): number | undefined | null {
  const text = raw?.trim() ?? "";
  if (!text) return undefined;
  const n = /^\d{1,7}$/.test(text) ? Number(text) : Number.NaN;
  return Number.isInteger(n) && n >= range.min && n <= range.max ? n : null;
}

/** Checks a coding question's fields as written (form or CSV): the spec to store, or the first problem's message. */
export function checkCodeSpec(input: CodeSpecInput): Checked<CodeSpec> {
  const language = parseLanguage(input.language);
  if (!language) return { ok: false, message: codeSpecMessages.language(input.language) };
  const starter = cleanText(input.starterCode).replace(/\s+$/, "");
  if (starter.length > CODE_LIMITS.codeChars) return { ok: false, message: codeSpecMessages.starterTooLong };
  const solution = cleanText(input.solution ?? "").replace(/\s+$/, "");
  if (solution.length > CODE_LIMITS.codeChars) return { ok: false, message: codeSpecMessages.solutionTooLong };
  const named = input.entry?.trim() ?? "";
  const entry = named || entryFromStarter(starter, language) || entryFromStarter(solution, language);
  if (!entry) return { ok: false, message: codeSpecMessages.noEntry };
  if (entry.length > CODE_SPEC_LIMITS.entryChars || !IDENTIFIER.test(entry)) return { ok: false, message: codeSpecMessages.badEntry(entry) };
  const tests = parseTests(input.tests);
  if (!tests.ok) return tests;
  const timeMs = wholeNumberIn(input.timeLimitMs, CODE_SPEC_LIMITS.timeMs);
  if (timeMs === null) return { ok: false, message: codeSpecMessages.timeLimit };
  const memoryMb = wholeNumberIn(input.memoryLimitMb, CODE_SPEC_LIMITS.memoryMb);
  if (memoryMb === null) return { ok: false, message: codeSpecMessages.memoryLimit };
  const limits = { ...(timeMs ? { timeMs } : {}), ...(memoryMb ? { memoryMb } : {}) };
  return {
    ok: true,
    value: {
      languages: [language],
      entry,
      starter: { [language]: starter },
      solution: solution ? { [language]: solution } : {},
      tests: tests.value,
      ...(Object.keys(limits).length ? { limits } : {}),
    },
  };
}

const codeByLanguage = z.partialRecord(z.enum(CODE_LANGUAGES), z.string().max(CODE_LIMITS.codeChars));

/** A stored spec (Question.code, Turn.code, the bank), read back with the same bounds. */
export const codeSpecSchema: z.ZodType<CodeSpec> = z.object({
  languages: z.array(z.enum(CODE_LANGUAGES)).min(1).max(CODE_LANGUAGES.length),
  entry: z.string().regex(IDENTIFIER).max(CODE_SPEC_LIMITS.entryChars),
  starter: codeByLanguage,
  solution: codeByLanguage,
  tests: z
    .array(z.object({ name: z.string().max(CODE_SPEC_LIMITS.testNameChars), args: z.array(z.unknown()), expected: z.unknown(), hidden: z.boolean().optional() }))
    .min(1)
    .max(CODE_SPEC_LIMITS.tests) as z.ZodType<CodeTest[]>,
  limits: z
    .object({
      timeMs: z.number().int().min(CODE_SPEC_LIMITS.timeMs.min).max(CODE_SPEC_LIMITS.timeMs.max).optional(),
      memoryMb: z.number().int().min(CODE_SPEC_LIMITS.memoryMb.min).max(CODE_SPEC_LIMITS.memoryMb.max).optional(),
    })
    .optional(),
});

/** A stored spec, or null when there is none or it does not read (never trusted blindly). */
export function readCodeSpec(value: unknown): CodeSpec | null {
  if (value === null || value === undefined) return null;
  const parsed = codeSpecSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
