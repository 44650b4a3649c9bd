// The page's side of the browser runner: results pass through, and a worker that outlives the
// deadline (plus grace) is terminated, the run reported as stopped, and the next run gets a new one.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BrowserRunner, KILL_GRACE_MS, LOAD_TIMEOUT_MS, type RunMessage, runnerMessages, type WorkerLike, type WorkerReply } from "@/lib/code/browser-runner";
import { CODE_LIMITS, codeMessages, runtimeLimits } from "@/lib/code/limits";
import type { RunRequest, RunResult } from "@/lib/code/types";

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: RunMessage[] = [];
  /** The runs posted (not the warm-up hints). */
  get runs() {
    return this.posted.filter((m): m is Extract<RunMessage, { id: number }> => "id" in m);
  }
  terminated = false;
  postMessage(message: RunMessage) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: WorkerReply) {
    this.onmessage?.({ data: reply } as MessageEvent<WorkerReply>);
  }
}

const request: RunRequest = {
  language: "javascript",
  code: "function add(a, b) { return a + b }",
  entry: "add",
  tests: [
    { name: "small", args: [1, 2], expected: 3 },
    { name: "zero", args: [0, 0], expected: 0 },
  ],
};
const ok: RunResult = { outcome: "ok", results: [{ name: "small", hidden: false, passed: true, actual: "3" }], stdout: "", ms: 4 };

let workers: FakeWorker[];
let runner: BrowserRunner;
beforeEach(() => {
  vi.useFakeTimers();
  workers = [];
  runner = new BrowserRunner(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
});
afterEach(() => vi.useRealTimers());

describe("BrowserRunner", () => {
  it("posts the request and resolves with the worker's result, keeping the worker for the next run", async () => {
    const done = runner.run(request);
    const [worker] = workers;
    expect(worker!.runs[0]!.request).toEqual(request);
    worker!.reply({ id: worker!.runs[0]!.id, started: true });
    worker!.reply({ id: worker!.runs[0]!.id, result: ok });
    await expect(done).resolves.toEqual(ok);
    void runner.run(request);
    expect(workers).toHaveLength(1);
  });

  it("terminates a worker still running at the deadline plus grace, reports a timeout, and starts a fresh worker next time", async () => {
    const done = runner.run(request);
    const first = workers[0]!;
    first.reply({ id: first.runs[0]!.id, started: true });
    vi.advanceTimersByTime(CODE_LIMITS.timeMs + KILL_GRACE_MS - 1);
    expect(first.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(first.terminated).toBe(true);
    const result = await done;
    expect(result.outcome).toBe("timeout");
    expect(result.message).toBe(codeMessages.timeout);
    expect(result.results.map((r) => [r.name, r.passed, r.error])).toEqual([
      ["small", false, codeMessages.notRun],
      ["zero", false, codeMessages.notRun],
    ]);
    // A late reply from the killed worker changes nothing; the next run has a new worker.
    first.reply({ id: first.runs[0]!.id, result: ok });
    void runner.run(request);
    expect(workers).toHaveLength(2);
  });

  it("does not count loading the runtime against the code, but gives up on a load that never ends", async () => {
    const done = runner.run({ ...request, limits: { timeMs: 500 } });
    vi.advanceTimersByTime(LOAD_TIMEOUT_MS - 1);
    expect(workers[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    const result = await done;
    expect(workers[0]!.terminated).toBe(true);
    expect(result).toMatchObject({ outcome: "error", message: runnerMessages.loadTimeout });
  });

  it("uses the question's shorter time limit for the deadline", async () => {
    const done = runner.run({ ...request, limits: { timeMs: 500 } });
    workers[0]!.reply({ id: 1, started: true });
    vi.advanceTimersByTime(500 + KILL_GRACE_MS);
    await expect(done).resolves.toMatchObject({ outcome: "timeout" });
  });

  it("reports a worker that fails to start as an error, and retries with a new worker", async () => {
    const done = runner.run(request);
    workers[0]!.onerror?.({ preventDefault() {} } as ErrorEvent);
    await expect(done).resolves.toMatchObject({ outcome: "error", message: runnerMessages.loadFailed });
    expect(workers[0]!.terminated).toBe(true);
    void runner.run(request);
    expect(workers).toHaveLength(2);
  });
});

describe("runtimeLimits", () => {
  it("turns a question's limits into the runtime's, never past the caps", () => {
    expect(runtimeLimits(undefined)).toEqual({ timeMs: CODE_LIMITS.timeMs, memoryBytes: CODE_LIMITS.memoryBytes });
    expect(runtimeLimits({ timeMs: 300, memoryMb: 8 })).toEqual({ timeMs: 300, memoryBytes: 8 * 1024 * 1024 });
    expect(runtimeLimits({ timeMs: 10 * CODE_LIMITS.timeMs, memoryMb: 4096 })).toEqual({ timeMs: CODE_LIMITS.timeMs, memoryBytes: CODE_LIMITS.memoryBytes });
  });
});

describe("BrowserRunner.warm", () => {
  it("asks the worker to load a runtime without starting a run or a deadline, and the run then uses that worker", async () => {
    runner.warm("python");
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toEqual([{ warm: "python" }]);
    vi.advanceTimersByTime(LOAD_TIMEOUT_MS * 2);
    expect(workers[0]!.terminated).toBe(false);
    const done = runner.run({ ...request, language: "python" });
    expect(workers).toHaveLength(1);
    workers[0]!.reply({ id: workers[0]!.runs[0]!.id, result: ok });
    await expect(done).resolves.toEqual(ok);
  });
});
