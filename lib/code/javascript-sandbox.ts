// Runs a student's JavaScript against a question's tests inside QuickJS compiled to WebAssembly:
// a fresh WebAssembly module per run (a few ms), so nothing leaks between students and a run that
// breaks the runtime (QuickJS aborts freeing a heap that ran out of memory) breaks only itself, with the time, memory and stack
// limits enforced by the runtime itself (an endless loop is interrupted at the deadline, a growing
// array hits the heap cap). The code sees only the language and a console that is captured and
// capped: no fetch, require, import, process or file system exists in there. No server imports,
// so the browser's worker can run the same code. Linear in the code and the tests.
import { newQuickJSWASMModule, type QuickJSContext, type QuickJSHandle, RELEASE_SYNC, shouldInterruptAfterDeadline } from "quickjs-emscripten";
import { CODE_LIMITS, type CodeLimits, codeMessages, notRunTests } from "./limits";
import type { CodeTest, RunOutcome, RunResult, TestResult } from "./types";

/** One run in QuickJS: the limits here are the runtime's own (bytes, ms), already within the caps. */
export type JavaScriptRun = { code: string; entry: string; tests: CodeTest[]; limits?: Partial<CodeLimits> };
export type { CodeTest, RunOutcome, RunResult, TestResult } from "./types";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

class OutputOverflow extends Error {}

/** What a QuickJS error means to the student, by its name and message. */
function outcomeOf(error: { name?: string; message?: string }): Exclude<RunOutcome, "ok" | "output"> {
  const text = `${error.name ?? ""}: ${error.message ?? ""}`;
  if (/interrupted/i.test(text)) return "timeout";
  if (/out of memory/i.test(text)) return "memory";
  if (/stack overflow|too much recursion|call stack/i.test(text)) return "stack";
  return "error";
}

const MESSAGES: Record<Exclude<RunOutcome, "ok" | "error" | "timeout">, string> = {
  memory: codeMessages.memory,
  stack: codeMessages.stack,
  output: codeMessages.output,
};

/** The student's message for a stop; a timeout names the limit that applied. */
const stopMessage = (stop: keyof typeof MESSAGES | "timeout", timeMs: number) => (stop === "timeout" ? codeMessages.timeoutAfter(timeMs) : MESSAGES[stop]);

/** Plain data compared by value; numbers within a relative 1e-9, so 0.1 + 0.2 equals 0.3. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** console.log/error inside the sandbox: joined into one capped text, stopping the run past the cap. */
function installConsole(vm: QuickJSContext, cap: number, output: { text: string }) {
  const write = (prefix: string) =>
    vm.newFunction("write", (...args: QuickJSHandle[]) => {
      const line = args.map((h) => (vm.typeof(h) === "string" ? vm.getString(h) : (JSON.stringify(vm.dump(h)) ?? String(vm.dump(h))))).join(" ");
      output.text += `${prefix}${line}\n`;
      if (output.text.length > cap) {
        output.text = output.text.slice(0, cap);
        throw new OutputOverflow();
      }
    });
  const console = vm.newObject();
  for (const [name, prefix] of [
    ["log", ""],
    ["info", ""],
    ["error", "[error] "],
    ["warn", "[warn] "],
  ] as const) {
    const fn = write(prefix);
    vm.setProp(console, name, fn);
    fn.dispose();
  }
  vm.setProp(vm.global, "console", console);
  console.dispose();
}

export async function runJavaScript({ code, entry, tests, limits: overrides = {} }: JavaScriptRun): Promise<RunResult> {
  const limits: CodeLimits = { ...CODE_LIMITS, ...overrides };
  const started = performance.now();
  const notRun = (from: number) => notRunTests(tests.slice(from));
  if (code.length > limits.codeChars) return { outcome: "error", message: codeMessages.tooLong, results: notRun(0), stdout: "", ms: 0 };
  if (!IDENTIFIER.test(entry)) throw new Error(`not an identifier: ${entry}`);

  const QuickJS = await newQuickJSWASMModule(RELEASE_SYNC);
  const runtime = QuickJS.newRuntime();
  runtime.setMemoryLimit(limits.memoryBytes);
  runtime.setMaxStackSize(limits.stackBytes);
  runtime.setInterruptHandler(shouldInterruptAfterDeadline(Date.now() + limits.timeMs));
  const vm = runtime.newContext();
  const output = { text: "" };
  const finish = (outcome: RunOutcome, results: TestResult[], message?: string): RunResult => ({
    outcome,
    message,
    results,
    stdout: output.text,
    ms: Math.round(performance.now() - started),
  });

  try {
    installConsole(vm, limits.outputChars, output);
    /** Evaluates `source`; a stopping error ends the run, any other is the test's (or the program's) error. */
    const evaluate = (source: string): { value: unknown } | { stop: RunOutcome; message: string } | { error: string } => {
      let result: ReturnType<QuickJSContext["evalCode"]>;
      try {
        result = vm.evalCode(source, "answer.js");
      } catch (error) {
        if (error instanceof OutputOverflow) return { stop: "output", message: MESSAGES.output };
        // The safety net under the stack limit: the host's stack ran out first.
        if (error instanceof RangeError) return { stop: "stack", message: MESSAGES.stack };
        throw error;
      }
      if (output.text.length >= limits.outputChars) {
        (result.error ?? result.value)?.dispose();
        return { stop: "output", message: MESSAGES.output };
      }
      if (result.error) {
        const error = vm.dump(result.error) as { name?: string; message?: string };
        result.error.dispose();
        const outcome = outcomeOf(error ?? {});
        if (outcome !== "error") return { stop: outcome, message: stopMessage(outcome, limits.timeMs) };
        return { error: `${error?.name ?? "Error"}: ${error?.message ?? String(error)}` };
      }
      const value = vm.dump(result.value);
      result.value.dispose();
      return { value };
    };

    const program = evaluate(code);
    if ("stop" in program) return finish(program.stop, notRun(0), program.message);
    if ("error" in program) return finish("error", notRun(0), program.error);
    const kind = evaluate(`typeof ${entry}`);
    if (!("value" in kind) || kind.value !== "function") return finish("error", notRun(0), codeMessages.noEntry(entry));

    const results: TestResult[] = [];
    for (const [i, test] of tests.entries()) {
      // The arguments go in as a JSON text literal, parsed inside: the student's code never sees host objects.
      const call = evaluate(`JSON.stringify(${entry}(...JSON.parse(${JSON.stringify(JSON.stringify(test.args))})) ?? null)`);
      if ("stop" in call) return finish(call.stop, [...results, ...notRun(i)], call.message);
      if ("error" in call) {
        results.push({ name: test.name, hidden: !!test.hidden, passed: false, error: call.error });
        continue;
      }
      const actual = typeof call.value === "string" ? call.value : undefined;
      if (actual === undefined) {
        results.push({ name: test.name, hidden: !!test.hidden, passed: false, error: codeMessages.notSerializable });
        continue;
      }
      results.push({ name: test.name, hidden: !!test.hidden, passed: sameValue(JSON.parse(actual), test.expected), actual });
    }
    return finish("ok", results);
  } finally {
    try {
      vm.dispose();
      runtime.dispose();
    } catch {
      // After an out-of-memory stop QuickJS may abort while freeing: this module is thrown away anyway.
    }
  }
}
