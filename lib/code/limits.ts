// The one home of running a coding answer's limits and messages: the sandbox on the server, the
// browser's worker and the forms that show them all read these. No server imports.
import type { CodeQuestionLimits, CodeTest, TestResult } from "./types";

/** What one run of a student's code may use, all tests together. */
export const CODE_LIMITS = {
  /** Wall time for the whole run (every test). */
  timeMs: 2000,
  /** Heap of the runtime the code runs in. */
  memoryBytes: 32 * 1024 * 1024,
  /**
   * The interpreter's stack: about 1,300 nested calls. Deep recursion must stop here, inside the
   * sandbox: at 512 KB the host's own stack overflowed first (measured under Vitest's workers).
   */
  stackBytes: 256 * 1024,
  /** What console.log and console.error may print, together. */
  outputChars: 20_000,
  /** The longest program accepted. */
  codeChars: 20_000,
} as const;

/** Submissions one student may have running on the server at once (a second waits for none: it is refused). */
export const RUNS_PER_USER = 1;

export type CodeLimits = { [K in keyof typeof CODE_LIMITS]: number };

function timeoutAfter(ms: number): string {
  const seconds = Number((ms / 1000).toFixed(2));
  return `Your code ran for more than ${seconds} s and was stopped: look for a loop that never ends, or a slower approach than needed.`;
}
const megabytes = CODE_LIMITS.memoryBytes / 1024 / 1024;

export const codeMessages = {
  timeout: timeoutAfter(CODE_LIMITS.timeMs),
  /** A question may set a shorter limit than the sandbox's: the message names the one that applied. */
  timeoutAfter,
  memory: `Your code used more than ${megabytes} MB of memory and was stopped: look for a structure that keeps growing.`,
  stack: "Your code's recursion went too deep and was stopped: check the base case, or use a loop.",
  output: `Your code printed more than ${CODE_LIMITS.outputChars.toLocaleString("en")} characters and was stopped: print less, or only while debugging.`,
  tooLong: `Code is limited to ${CODE_LIMITS.codeChars.toLocaleString("en")} characters.`,
  noEntry: (name: string) => `Define a function named ${name}: the tests call it.`,
  notRun: "Not run: the code was stopped before this test.",
  busy: "Your previous submission is still running its tests. Wait a moment, then submit again.",
  notCoding: "This question is not a coding question: send your answer as text.",
  noCode: "Write your code in the editor before submitting: this question is answered with code and an explanation.",
  wrongLanguage: (allowed: string) => `This question is answered in ${allowed}.`,
  notSerializable: "The function returned something that is not plain data (numbers, strings, booleans, null, arrays, objects).",
};

/** The server's sandbox workers (lib/code/server-runner.ts): runs at once, runs waiting, and the grace before a hard stop. */
export const SERVER_SANDBOX = {
  /** Runs at the same time, per language: one per core on the 2-core reference server. */
  concurrent: 2,
  /** Runs waiting for a worker; past this a run is refused (busy) rather than queued for minutes. */
  queued: 16,
  /** After the run's own deadline, how long the worker has to report before it is terminated. */
  graceMs: 1500,
  /** How long a worker may take to start (Pyodide loads cold in ≈1.5 s, 10–30 s on an overloaded 2-core machine). */
  startMs: 60_000,
} as const;

export const serverSandboxMessages = {
  busy: "The code runner is busy right now: try again in a few seconds.",
  crashed: "The code runner stopped unexpectedly while running your code: run it again; if it keeps happening, simplify the code.",
};

/** A question's limits as a runtime takes them (ms, bytes), never past the caps nor below a floor that can run anything. */
export function runtimeLimits(limits: CodeQuestionLimits | undefined): { timeMs: number; memoryBytes: number } {
  const timeMs = Math.min(Math.max(limits?.timeMs ?? CODE_LIMITS.timeMs, 100), CODE_LIMITS.timeMs);
  const memoryBytes = Math.min(Math.max((limits?.memoryMb ?? Number.POSITIVE_INFINITY) * 1024 * 1024, 4 * 1024 * 1024), CODE_LIMITS.memoryBytes);
  return { timeMs, memoryBytes };
}

/** Tests a run never reached (it was stopped, or the code did not load): each failed, saying so. */
export function notRunTests(tests: readonly CodeTest[]): TestResult[] {
  return tests.map((t) => ({ name: t.name, hidden: !!t.hidden, passed: false, error: codeMessages.notRun }));
}
