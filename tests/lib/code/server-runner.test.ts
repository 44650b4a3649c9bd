// The server's code runner: both languages through runOnServer, each run in its own worker
// thread. Right and wrong answers, every stop (loop, memory, recursion, output), load errors, every
// way out refused, the event loop free during an endless loop, runs side by side, a clean run after
// a stopped one, and the safety nets under the sandbox (a silent or crashed worker).
import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CODE_LIMITS, codeMessages, runtimeLimits, serverSandboxMessages } from "@/lib/code/limits";
import { runOnServer, warmUpSandboxes } from "@/lib/code/server-runner";
import type { CodeLanguage, CodeTest, RunRequest } from "@/lib/code/types";

warmUpSandboxes();

const ADD: CodeTest[] = [
  { name: "adds", args: [2, 3], expected: 5 },
  { name: "hidden: expects a wrong sum", args: [1, 1], expected: 3, hidden: true },
];
const SOURCE = {
  javascript: {
    add: "function add(a, b) { console.log('adding', a, b); return a + b; }",
    loop: "function add(a, b) { while (true) {} }",
    memory: "function add(a, b) { return new Array(1e9).fill(a).length; }",
    recursion: "function add(a, b) { return add(a, b); }",
    output: "function add(a, b) { for (;;) console.log('x'.repeat(1000)); }",
    syntax: "function add(a, b) { return a + ; }",
  },
  python: {
    add: "def add(a, b):\n    print('adding', a, b)\n    return a + b",
    loop: "def add(a, b):\n    while True:\n        pass",
    memory: "def add(a, b):\n    keep = []\n    while True:\n        keep.append([a] * 100000)",
    recursion: "def add(a, b):\n    return add(a, b)",
    output: "def add(a, b):\n    while True:\n        print('x' * 1000)",
    syntax: "def add(a, b):\n    return a +",
  },
} satisfies Record<CodeLanguage, Record<string, string>>;

/** Each way out, tried inside the sandbox: the function returns "refused" when it could not. */
const ESCAPES = {
  javascript: {
    entry: "attempt",
    code: `function attempt(kind) {
  try {
    if (kind === "fetch") return typeof fetch === "undefined" ? "refused" : "reached";
    if (kind === "require") return require("fs").readFileSync("/etc/passwd", "utf8");
    if (kind === "process") return process.env;
    if (kind === "import") return typeof import("fs").then === "function" ? "refused" : "reached";
    if (kind === "file") return typeof std === "undefined" && typeof os === "undefined" ? "refused" : "reached";
  } catch (error) { return "refused"; }
}`,
    kinds: ["fetch", "require", "process", "import", "file"],
  },
  python: {
    entry: "attempt",
    code: `def attempt(kind):
    try:
        if kind == "js":
            import js
            return str(js.process)
        if kind == "pyodide":
            from pyodide.code import run_js
            return run_js("process.pid")
        if kind == "os":
            import os
            return os.system("id")
        if kind == "subprocess":
            import subprocess
            return subprocess.run(["id"]).returncode
        if kind == "socket":
            import socket
            return socket.create_connection(("127.0.0.1", 80)) and "reached"
        if kind == "open":
            return open("/etc/passwd").read()
    except (ImportError, PermissionError):
        return "refused"
    except BaseException as error:
        return type(error).__name__`,
    kinds: ["js", "pyodide", "os", "subprocess", "socket", "open"],
  },
};

const run = (language: CodeLanguage, code: string, more: Partial<RunRequest> = {}) => runOnServer({ language, code, entry: "add", tests: ADD, ...more });

// Python workers load Pyodide (≈1.5 s each on an idle 2-core machine, several times that when it is
// busy), one per run: the runs go side by side, and the timeout allows for a loaded machine.
describe.concurrent.each(["javascript", "python"] as const)("runOnServer in %s", { timeout: 90_000 }, (language) => {
  const source = SOURCE[language];

  it("passes a right answer and fails a wrong expectation, two runs at once, each with its output", async ({ expect }) => {
    const both = await Promise.all([run(language, source.add), run(language, source.add)]);
    for (const result of both) {
      expect(result.outcome).toBe("ok");
      expect(result.results.map((r) => [r.name, r.passed, r.hidden, r.actual])).toEqual([
        ["adds", true, false, "5"],
        ["hidden: expects a wrong sum", false, true, "2"],
      ]);
      expect(result.stdout).toBe("adding 2 3\nadding 1 1\n");
    }
  });

  it("stops an endless loop while the server's event loop keeps ticking, and runs the next answer cleanly", async ({ expect }) => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const started = Date.now();
    const result = await run(language, source.loop, { limits: { timeMs: 600 } });
    clearInterval(timer);
    // The message names the question's own limit, not the sandbox's cap.
    expect(result).toMatchObject({ outcome: "timeout", message: codeMessages.timeoutAfter(600) });
    expect(result.message).toMatch(/more than 0\.6 s/);
    expect(result.results.every((r) => r.error === codeMessages.notRun)).toBe(true);
    // 600 ms of student time: a blocked loop would tick once or not at all.
    expect(ticks).toBeGreaterThanOrEqual(Math.floor((Date.now() - started) / 20 / 4));
    expect(ticks).toBeGreaterThan(10);
    expect((await run(language, source.add)).results[0]!.passed).toBe(true);
  });

  for (const [kind, outcome] of [
    ["memory", "memory"],
    ["recursion", "stack"],
    ["output", "output"],
  ] as const) {
    it(`stops a ${kind} blow-up with the student's message`, async ({ expect }) => {
      const result = await run(language, source[kind]);
      expect(result).toMatchObject({ outcome, message: codeMessages[outcome] });
      if (kind === "output") expect(result.stdout).toHaveLength(CODE_LIMITS.outputChars);
    });
  }

  it("says when the code does not compile", async ({ expect }) => {
    expect(await run(language, source.syntax)).toMatchObject({ outcome: "error", message: expect.stringMatching(/^SyntaxError/) });
  });

  it("refuses every way out of the sandbox", async ({ expect }) => {
    const { code, entry, kinds } = ESCAPES[language];
    const result = await runOnServer({ language, code, entry, tests: kinds.map((kind) => ({ name: kind, args: [kind], expected: "refused" })) });
    expect(result.outcome).toBe("ok");
    expect(Object.fromEntries(result.results.map((r) => [r.name, r.actual ?? r.error]))).toEqual(Object.fromEntries(kinds.map((k) => [k, '"refused"'])));
  });
});

describe("limits and safety nets", () => {
  afterEach(() => {
    vi.doUnmock("node:worker_threads");
    vi.resetModules();
  });

  it("clamps a question's limits to the sandbox's caps", () => {
    expect(runtimeLimits({ timeMs: 60_000, memoryMb: 4096 })).toEqual({ timeMs: CODE_LIMITS.timeMs, memoryBytes: CODE_LIMITS.memoryBytes });
    expect(runtimeLimits({ timeMs: 500, memoryMb: 8 })).toEqual({ timeMs: 500, memoryBytes: 8 * 2 ** 20 });
    expect(runtimeLimits(undefined)).toEqual({ timeMs: CODE_LIMITS.timeMs, memoryBytes: CODE_LIMITS.memoryBytes });
  });

  /** A stand-in worker thread that starts, then crashes or never answers. */
  async function runnerWith(behaviour: "crash" | "silent") {
    const terminated: number[] = [];
    class FakeWorker extends EventEmitter {
      constructor() {
        super();
        setTimeout(() => this.emit("message", { type: "ready" }), 5);
      }
      postMessage() {
        if (behaviour === "crash") setTimeout(() => this.emit("exit", 1), 5);
      }
      unref() {}
      terminate() {
        terminated.push(1);
        return Promise.resolve(1);
      }
    }
    vi.resetModules();
    vi.doMock("node:worker_threads", () => ({ Worker: FakeWorker }));
    const runner = await import("@/lib/code/server-runner");
    return { runOnServer: runner.runOnServer, terminated };
  }

  it("refuses with a clear error (never a grade) when the worker crashes mid-run, and stops it", async () => {
    const fake = await runnerWith("crash");
    await expect(fake.runOnServer({ language: "python", code: "x = 1", entry: "add", tests: ADD })).rejects.toMatchObject({
      code: "unavailable:code",
      message: serverSandboxMessages.crashed,
    });
    expect(fake.terminated.length).toBeGreaterThan(0);
  });

  it("terminates a worker that never answers at the deadline plus grace, as a timeout", async () => {
    const fake = await runnerWith("silent");
    const result = await fake.runOnServer({ language: "javascript", code: "x", entry: "add", tests: ADD, limits: { timeMs: 100 } });
    expect(result).toMatchObject({ outcome: "timeout", message: codeMessages.timeoutAfter(100) });
    expect(fake.terminated.length).toBeGreaterThan(0);
  });
});
