// Runs a coding answer on the server (server only: it starts threads): every run in its own
// worker thread (lib/code/worker/sandbox-worker.ts), so an endless loop never blocks the event loop,
// and every worker runs ONE run and is thrown away. Pyodide takes ≈1.5 s to load, so a warm spare
// per language is prepared in the background while the current run goes; the first run after start
// waits for one. At most SERVER_SANDBOX.concurrent runs at once, a short queue behind them, and a
// hard `terminate()` at the run's deadline plus a grace as the safety net under the sandbox's own
// limits. A crashed worker gives the student a clear error, never a hang.
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { CODE_LIMITS, codeMessages, notRunTests, runtimeLimits, SERVER_SANDBOX, serverSandboxMessages } from "./limits";
import type { CodeLanguage, RunRequest, RunResult } from "./types";
import type { WorkerData, WorkerMessage, WorkerRun } from "./worker/sandbox-worker";

type Ready = { worker: Worker; next: () => Promise<WorkerMessage> };

/**
 * The worker's file. Turbopack (next dev/build) sees this exact `new Worker(new URL(…))` form and
 * bundles the worker as an entry of its own. Run from source (Vitest, tsx), the file is TypeScript,
 * which a worker's own loader cannot read (`--import tsx` in execArgv is not applied to workers on
 * Node 20), so a two-line bootstrap registers tsx inside the worker, then imports it. (In a bundle,
 * the URL below names a copied asset, not the source: that is how the two cases are told apart.)
 */
function startWorker(workerData: WorkerData): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: 256 } };
  const source = new URL("./worker/sandbox-worker.ts", import.meta.url);
  if (source.pathname.endsWith("/lib/code/worker/sandbox-worker.ts")) {
    const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); })`;
    return new Worker(bootstrap, { ...options, eval: true });
  }
  return new Worker(new URL("./worker/sandbox-worker.ts", import.meta.url), options);
}

let pythonSnapshot: Promise<Uint8Array | undefined> | undefined;

/**
 * Pyodide's memory right after start-up, made once by a worker of its own and shared (not copied)
 * with every Python worker: a load from it takes ≈0.3 s instead of ≈1.5 s. Without it (it failed,
 * or took too long on a busy machine) workers start cold, and a minute later it is tried again.
 */
function snapshotOnce(): Promise<Uint8Array | undefined> {
  pythonSnapshot ??= new Promise((resolve) => {
    const worker = startWorker({ language: "python", makeSnapshot: true });
    let settled = false;
    const done = (snapshot?: Uint8Array) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (!snapshot) {
        console.error("[sandbox] no Python snapshot: Python workers start cold (another try in a minute)");
        setTimeout(() => {
          pythonSnapshot = undefined;
        }, 60_000).unref();
      }
      resolve(snapshot);
    };
    const timer = setTimeout(done, SERVER_SANDBOX.startMs);
    worker.once("message", (message: WorkerMessage) => {
      if (message.type !== "snapshot") return done();
      const shared = new Uint8Array(new SharedArrayBuffer(message.snapshot.byteLength));
      shared.set(message.snapshot);
      done(shared);
    });
    worker.once("error", () => done());
    worker.once("exit", () => done());
    worker.unref();
  });
  return pythonSnapshot;
}

/** A worker and its messages in order; an error or an exit becomes a "failed" message. */
async function spawn(language: CodeLanguage): Promise<Ready> {
  const worker = startWorker({ language, snapshot: language === "python" ? await snapshotOnce() : undefined });
  const queue: WorkerMessage[] = [];
  const waiting: ((m: WorkerMessage) => void)[] = [];
  const deliver = (message: WorkerMessage) => {
    const wake = waiting.shift();
    if (wake) wake(message);
    else queue.push(message);
  };
  worker.on("message", deliver);
  worker.on("error", (error) => deliver({ type: "failed", message: String(error?.message ?? error) }));
  worker.on("exit", (code) => deliver({ type: "failed", message: `worker exited (${code})` }));
  // A waiting spare must not keep a script (bench, tests) alive; after the listeners, which ref it.
  worker.unref();
  const next = () => {
    const queued = queue.shift();
    return queued ? Promise.resolve(queued) : new Promise<WorkerMessage>((resolve) => waiting.push(resolve));
  };
  return { worker, next };
}

/** Resolves once the worker's runtime is loaded; rejects (and stops it) if it failed or took too long. */
async function warm(language: CodeLanguage): Promise<Ready> {
  const ready = await spawn(language);
  let timer: NodeJS.Timeout | undefined;
  const first = await Promise.race([
    ready.next(),
    new Promise<WorkerMessage>((resolve) => {
      timer = setTimeout(() => resolve({ type: "failed", message: "worker start timed out" }), SERVER_SANDBOX.startMs);
    }),
  ]);
  clearTimeout(timer);
  if (first.type !== "ready") {
    void ready.worker.terminate();
    throw new Error(first.type === "failed" ? first.message : "unexpected first message");
  }
  return ready;
}

const spares = new Map<CodeLanguage, Promise<Ready>>();

function prepareSpare(language: CodeLanguage): Promise<Ready> {
  const spare = warm(language);
  spare.catch(() => {
    if (spares.get(language) === spare) spares.delete(language);
  });
  spares.set(language, spare);
  return spare;
}

/** The warm spare (or a fresh one), with the next spare already on its way. */
async function takeWorker(language: CodeLanguage): Promise<Ready> {
  const spare = spares.get(language) ?? prepareSpare(language);
  prepareSpare(language);
  try {
    return await spare;
  } catch {
    // The spare failed to start (rare): one more try with the one just started.
    return await (spares.get(language) ?? prepareSpare(language));
  }
}

/** Starts a warm worker for each language now, so the first student does not wait for Pyodide. */
export function warmUpSandboxes(languages: CodeLanguage[] = ["javascript", "python"]) {
  for (const language of languages) if (!spares.has(language)) prepareSpare(language);
}

// Per language, at most `concurrent` runs at once (a run holds its slot while its worker gets ready,
// so a JavaScript run never waits behind Pyodide loading); the rest wait in order, up to `queued`.
const lanes = new Map<CodeLanguage, { running: number; line: (() => void)[] }>();
async function slot(language: CodeLanguage): Promise<(() => void) | undefined> {
  const lane = lanes.get(language) ?? { running: 0, line: [] };
  lanes.set(language, lane);
  if (lane.running >= SERVER_SANDBOX.concurrent) {
    if (lane.line.length >= SERVER_SANDBOX.queued) return undefined;
    await new Promise<void>((resolve) => lane.line.push(resolve));
  } else lane.running++;
  return () => {
    const next = lane.line.shift();
    if (next) next();
    else lane.running--;
  };
}

export async function runOnServer(request: RunRequest): Promise<RunResult> {
  const notRun = (message: string, outcome: RunResult["outcome"] = "error"): RunResult => ({
    outcome,
    message,
    results: notRunTests(request.tests),
    stdout: "",
    ms: 0,
  });
  if (request.code.length > CODE_LIMITS.codeChars) return notRun(codeMessages.tooLong);
  const release = await slot(request.language);
  // The runner's own trouble is not the student's: refused (503, the answer kept), never graded.
  if (!release) throw new AppError("unavailable:code", serverSandboxMessages.busy);
  let ready: Ready | undefined;
  try {
    ready = await takeWorker(request.language);
    const limits = runtimeLimits(request.limits);
    const run: WorkerRun = { code: request.code, entry: request.entry, tests: request.tests, limits };
    ready.worker.postMessage(run);
    let timer: NodeJS.Timeout | undefined;
    const started = performance.now();
    const answer = await Promise.race([
      ready.next(),
      new Promise<"deadline">((resolve) => {
        timer = setTimeout(() => resolve("deadline"), limits.timeMs + SERVER_SANDBOX.graceMs);
      }),
    ]);
    clearTimeout(timer);
    if (answer === "deadline") return { ...notRun(codeMessages.timeoutAfter(limits.timeMs), "timeout"), ms: Math.round(performance.now() - started) };
    if (answer.type === "result") return answer.result as RunResult;
    console.error(`[sandbox] a ${request.language} worker failed during a run: ${answer.type === "failed" ? answer.message : answer.type}`);
    throw new AppError("unavailable:code", serverSandboxMessages.crashed);
  } catch (error) {
    if (error instanceof AppError) throw error;
    console.error(`[sandbox] no ${request.language} worker could start: ${String((error as Error)?.message ?? error)}`);
    throw new AppError("unavailable:code", serverSandboxMessages.crashed);
  } finally {
    if (ready) void ready.worker.terminate();
    release();
  }
}

/** Resolves when the language's warm spare is ready (for the bench: runs timed with a worker waiting). */
export async function spareReady(language: CodeLanguage): Promise<void> {
  await (spares.get(language) ?? prepareSpare(language)).catch(() => undefined);
}

/** How long one worker takes from start to ready (for the bench), the Python snapshot already made. */
export async function timeWorkerStart(language: CodeLanguage): Promise<number> {
  if (language === "python") await snapshotOnce();
  const started = performance.now();
  const ready = await warm(language);
  const ms = performance.now() - started;
  await ready.worker.terminate();
  return ms;
}
