// The page's side of running a coding answer in the browser: one Web Worker at a time, one run
// at a time. The runtimes stop the student's code themselves at the limits; this is the safety
// net when they cannot (a runtime wedged in WebAssembly, Pyodide stuck in a C loop): the worker
// is terminated a grace period after the deadline and the next run gets a fresh one. The clock
// starts when the worker says the code is running, so loading Pyodide the first time (seconds) is
// not counted against the student. Client-safe, no DOM: Vitest drives it with a fake worker.
import { CODE_LIMITS, codeMessages, notRunTests, runtimeLimits } from "./limits";
import type { CodeLanguage, RunRequest, RunResult } from "./types";

/** What the page posts to the worker: a run, or a hint to load a language's runtime before the first run. */
export type RunMessage = { id: number; request: RunRequest } | { warm: CodeLanguage };
/** What the worker posts back: the code started (the runtime is loaded), a result, or a failure of the worker itself. */
export type WorkerReply = { id: number; started: true } | { id: number; result: RunResult } | { id: number; failure: string };

/** The part of Worker the runner uses (a real Worker fits). */
export type WorkerLike = {
  postMessage(message: RunMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

/** Past the deadline, time for the runtime's own stop to report before the worker is killed. */
export const KILL_GRACE_MS = 1500;
/** Loading a runtime (Pyodide: ~10 MB on a slow connection) may take this long before giving up. */
export const LOAD_TIMEOUT_MS = 90_000;

export const runnerMessages = {
  loadFailed: "The code runner could not start in this browser. You can still submit: your code is run on the server.",
  loadTimeout: "The code runner took too long to load. Check your connection and run again; you can still submit.",
  replaced: "This run was replaced by a newer one.",
};

/** The result shown when the page had to stop the worker: every test not run. */
export function stoppedResult(request: RunRequest, outcome: "timeout" | "error", message: string, ms: number): RunResult {
  return {
    outcome,
    message,
    results: notRunTests(request.tests),
    stdout: "",
    ms,
  };
}

type Current = { id: number; request: RunRequest; settle: (result: RunResult) => void };

export class BrowserRunner {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private current: Current | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly createWorker: () => WorkerLike) {}

  /** Runs the code against the tests; never rejects (a broken worker is an `error` result). */
  run(request: RunRequest): Promise<RunResult> {
    // A run still going is abandoned: its worker may be stuck, so it goes too.
    if (this.current) this.stop("error", runnerMessages.replaced, 0);
    const id = this.nextId++;
    const worker = this.ensureWorker();
    const posted = Date.now();
    return new Promise<RunResult>((resolve) => {
      this.current = {
        id,
        request,
        settle: (result) => {
          this.clearTimer();
          this.current = null;
          resolve(result);
        },
      };
      this.arm(LOAD_TIMEOUT_MS, () => this.stop("error", runnerMessages.loadTimeout, Date.now() - posted));
      worker.postMessage({ id, request });
    });
  }

  /**
   * Starts loading `language`'s runtime in the worker, so the first Run does not wait for it
   * (Pyodide is seconds to load). Nothing is run and no deadline is armed.
   */
  warm(language: CodeLanguage) {
    this.ensureWorker().postMessage({ warm: language });
  }

  /** Ends the worker (the panel is gone); a run in progress resolves as stopped. */
  dispose() {
    this.stop("error", runnerMessages.replaced, 0);
    this.kill();
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.stop("error", runnerMessages.loadFailed, 0);
    };
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply) {
    const current = this.current;
    if (!current || reply.id !== current.id) return; // a late answer from an abandoned run
    if ("started" in reply) {
      const started = Date.now();
      const { timeMs } = runtimeLimits(current.request.limits);
      this.arm(timeMs + KILL_GRACE_MS, () => this.stop("timeout", codeMessages.timeoutAfter(timeMs), Date.now() - started));
    } else if ("result" in reply) current.settle(reply.result);
    else current.settle(stoppedResult(current.request, "error", reply.failure, 0));
  }

  private arm(ms: number, onFire: () => void) {
    this.clearTimer();
    this.timer = setTimeout(onFire, ms);
  }

  private clearTimer() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Kills the worker and settles the run in progress, if any, with every test not run. */
  private stop(outcome: "timeout" | "error", message: string, ms: number) {
    const current = this.current;
    this.kill();
    current?.settle(stoppedResult(current.request, outcome, message, ms));
  }

  private kill() {
    this.clearTimer();
    this.worker?.terminate();
    this.worker = null;
    this.current = null;
  }
}
