// What a coding answer's server run means for grading: the share of tests passed, whether a
// limit stopped it, one line for the student, the first failing test as a point to probe, and
// what a model is shown. Reads only the server's run kept with the answer (Answer.code.run).
import { CODE_LANGUAGE_LABELS } from "@/lib/code/types";
import type { Answer } from "@/lib/domain";
import { plural } from "@/lib/plural";

export type TestsOutcome = { passed: number; total: number; rate: number; stopped: boolean; summary: string };

export function testsOutcome(answer: Answer): TestsOutcome {
  const run = answer.code?.run;
  if (!run) return { passed: 0, total: 0, rate: 0, stopped: false, summary: "No code was submitted, so no test could run." };
  const total = run.results.length;
  const passed = run.results.filter((r) => r.passed).length;
  const stopped = run.outcome !== "ok";
  const rate = total === 0 ? 0 : passed / total;
  const why = stopped ? ` ${run.message ?? "The run was stopped."}` : "";
  return { passed, total, rate, stopped, summary: `${passed} of ${plural(total, "test")} passed.${why}` };
}

/** "passes all 8 tests": the covered point of code that works. */
export const testsPoint = (outcome: TestsOutcome) => `passes all ${plural(outcome.total, "test")}`;

/** The first failing test as a missed point: its name (a hidden test's input stays hidden). */
export function failedTestPoint(answer: Answer): string | null {
  const failed = answer.code?.run.results.find((r) => !r.passed);
  if (!failed) return answer.code ? null : "working code that passes the tests";
  return `passes the ${failed.hidden ? "hidden " : ""}test “${failed.name}”`;
}

const MAX_CODE_FOR_MODEL = 4000;

/** What a model grading the answer reads: the explanation, the code (clipped) and the test results. */
export function codeSummaryForModel(answer: Answer): string {
  const code = answer.code;
  if (!code) return `Explanation: ${answer.text}\n(No code was submitted.)`;
  const source = code.source.length > MAX_CODE_FOR_MODEL ? `${code.source.slice(0, MAX_CODE_FOR_MODEL)}\n… (clipped)` : code.source;
  const tests = code.run.results.map((r) => `- ${r.hidden ? "hidden " : ""}${r.name}: ${r.passed ? "passed" : `failed${r.error ? ` (${r.error.slice(0, 120)})` : ""}`}`);
  return [`Explanation: ${answer.text}`, `Code (${CODE_LANGUAGE_LABELS[code.language]}):\n${source}`, `Test results: ${testsOutcome(answer).summary}`, ...tests.slice(0, 20)].join(
    "\n",
  );
}
