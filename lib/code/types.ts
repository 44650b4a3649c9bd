// The vocabulary of coding questions, shared by the question kind (lib/questions/code/), the
// sandboxes (server and browser), the built-in bank and the pages. Client-safe: no server imports.

export const CODE_LANGUAGES = ["javascript", "python"] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];
export const CODE_LANGUAGE_LABELS: Record<CodeLanguage, string> = { javascript: "JavaScript", python: "Python" };

/** One test: the entry function called with `args` must return `expected` (plain JSON data). */
export type CodeTest = { name: string; args: unknown[]; expected: unknown; hidden?: boolean };

export type TestResult = {
  name: string;
  hidden: boolean;
  passed: boolean;
  /** What the function returned, as JSON. */
  actual?: string;
  /** Why the test failed, when it raised or was not run. */
  error?: string;
};

/** Why a run ended: all tests ran (`ok`), the code did not load (`error`), or a limit stopped it. */
export type RunOutcome = "ok" | "error" | "timeout" | "memory" | "stack" | "output";

export type RunResult = {
  outcome: RunOutcome;
  /** The student's message for a stop or a load error. */
  message?: string;
  results: TestResult[];
  /** What the code printed (stdout and stderr, stderr lines prefixed), capped. */
  stdout: string;
  ms: number;
};

/** A question's own limits, within the sandbox's caps (lib/code/limits.ts). */
export type CodeQuestionLimits = { timeMs?: number; memoryMb?: number };

export type RunRequest = {
  language: CodeLanguage;
  code: string;
  /** The function the tests call, as named in `language` (see entryNameIn). */
  entry: string;
  tests: CodeTest[];
  limits?: CodeQuestionLimits;
};

/**
 * What a coding question is, besides its prompt: kept on the question (Question.code), copied
 * onto the turn when asked (Turn.code) so later edits never change an answered question.
 */
export type CodeSpec = {
  /** The languages it may be answered in, the first being the default. */
  languages: CodeLanguage[];
  /** The function the tests call, named in JavaScript style (camelCase); Python uses snake_case (entryNameIn). */
  entry: string;
  /** What the editor starts with, per language. */
  starter: Partial<Record<CodeLanguage, string>>;
  /** A reference solution per language, shown in the report after the interview. */
  solution: Partial<Record<CodeLanguage, string>>;
  tests: CodeTest[];
  limits?: CodeQuestionLimits;
};

/** What the student's browser is told about a coding question: no hidden tests, no solution. */
export type PublicCodeSpec = Omit<CodeSpec, "solution" | "tests"> & { tests: CodeTest[]; hiddenTests: number };

/** A coding answer as sent: the code and its language (the explanation is the answer's text). */
export type CodeAnswer = { language: CodeLanguage; source: string };

/** A coding answer as kept: the code and the server's run of every test (the browser's never counts). */
export type GradedCode = CodeAnswer & { run: RunResult };

/** `twoSum` in JavaScript, `two_sum` in Python: one name per question, each language's convention. */
export function entryNameIn(entry: string, language: CodeLanguage): string {
  if (language !== "python") return entry;
  return entry.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** The spec without what the student must not see before answering. */
export function publicSpec(spec: CodeSpec): PublicCodeSpec {
  const { solution: _solution, tests, ...rest } = spec;
  return { ...rest, tests: tests.filter((t) => !t.hidden), hiddenTests: tests.filter((t) => t.hidden).length };
}

/** A test's value as the student reads it (JSON), clipped past `max` characters. */
export function jsonPreview(value: unknown, max = Number.POSITIVE_INFINITY): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Passed tests out of all of them (hidden ones included). */
export function passRate(run: RunResult, total: number): number {
  return total === 0 ? 0 : run.results.filter((r) => r.passed).length / total;
}
