// One sandbox worker thread (lib/code/server-runner.ts starts it): it prepares its language's
// runtime, says "ready", runs exactly ONE student's run and reports it; the runner then throws the
// thread away, so whatever that run did to the interpreter never reaches the next student.
// Python: Pyodide is loaded here (the slow part, done while the thread waits as a warm spare), with
// an empty `js` module, no environment, and the host side stripped of what could mount the host's
// files, load packages from the network or compile JavaScript from a string.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { loadPyodide, type PyodideAPI } from "pyodide";
import { runJavaScript } from "../javascript-sandbox";
import { hardenPython, runPython } from "../python-sandbox";
import type { CodeLanguage, CodeTest } from "../types";

export type WorkerRun = { code: string; entry: string; tests: CodeTest[]; limits: { timeMs: number; memoryBytes: number } };
export type WorkerMessage = { type: "ready" } | { type: "result"; result: unknown } | { type: "snapshot"; snapshot: Uint8Array } | { type: "failed"; message: string };
/** `snapshot`: the interpreter's memory right after start-up, which loads ≈6× faster than a cold start. */
export type WorkerData = { language: CodeLanguage; snapshot?: Uint8Array; makeSnapshot?: boolean };

const { language, snapshot, makeSnapshot } = workerData as WorkerData;
const port = parentPort;
if (!port) throw new Error("sandbox-worker runs as a worker thread");

/** Takes away, on the JavaScript side of this thread, every door a proxy out of Python could open. */
function hardenHost(pyodide: PyodideAPI) {
  const refuse = () => {
    throw new Error("not available in the sandbox");
  };
  const api = pyodide as unknown as Record<string, unknown> & { FS: { filesystems: Record<string, unknown> }; _module: Record<string, unknown> };
  for (const name of ["mountNodeFS", "mountNativeFS", "loadPackage", "loadPackagesFromImports", "registerJsModule", "pyimport", "runPythonAsync"]) api[name] = refuse;
  for (const name of Object.keys(api.FS.filesystems)) if (name !== "MEMFS") delete api.FS.filesystems[name];
  for (const name of ["NODEFS", "PROXYFS", "WORKERFS", "IDBFS"]) delete api._module[name];
  // From any JavaScript function a proxy could climb `.constructor` to Function and compile code
  // with this thread's full powers; the constructors and eval go, nothing here needs them after load.
  for (const fn of [() => {}, async () => {}, function* () {}, async function* () {}]) {
    Object.defineProperty(Object.getPrototypeOf(fn), "constructor", { value: undefined });
  }
  Object.defineProperty(globalThis, "eval", { value: undefined });
}

/**
 * Pyodide's own folder (its WebAssembly and standard library): it cannot tell from inside a worker.
 * The app's node_modules first (Turbopack rewrites require.resolve in a bundle), then resolution.
 */
function pyodideFolder(): string {
  const installed = path.join(process.cwd(), "node_modules", "pyodide");
  if (existsSync(path.join(installed, "pyodide.asm.wasm"))) return `${installed}/`;
  return `${path.dirname(createRequire(import.meta.url).resolve("pyodide/package.json"))}/`;
}

/** Same options for the snapshot and every load from it: an empty `js` module, no environment. */
const pyodideOptions = () => ({ indexURL: pyodideFolder(), jsglobals: Object.create(null), env: {}, stdout: () => {}, stderr: () => {} });

async function prepare(): Promise<(run: WorkerRun) => Promise<unknown>> {
  if (language === "javascript") return (run) => runJavaScript(run);
  let pyodide: PyodideAPI | undefined;
  // Pyodide's memory snapshot is marked experimental: if loading one fails, start cold.
  if (snapshot) pyodide = await loadPyodide({ ...pyodideOptions(), _loadSnapshot: snapshot }).catch(() => undefined);
  const ready = pyodide ?? (await loadPyodide(pyodideOptions()));
  hardenPython(ready);
  hardenHost(ready);
  return (run) => runPython(ready, run);
}

/** A pristine interpreter's memory, for the runner to start every later Python worker from. */
async function snapshotOnly() {
  const pyodide = await loadPyodide({ ...pyodideOptions(), _makeSnapshot: true });
  const bytes = pyodide.makeMemorySnapshot();
  port?.postMessage({ type: "snapshot", snapshot: bytes } satisfies WorkerMessage, [bytes.buffer as ArrayBuffer]);
}

const failed = (error: unknown) => port.postMessage({ type: "failed", message: String((error as Error)?.message ?? error) } satisfies WorkerMessage);

async function serveOneRun() {
  const run = await prepare();
  port?.once("message", async (request: WorkerRun) => {
    try {
      port.postMessage({ type: "result", result: await run(request) } satisfies WorkerMessage);
    } catch (error) {
      failed(error);
    }
  });
  port?.postMessage({ type: "ready" } satisfies WorkerMessage);
}

await (makeSnapshot ? snapshotOnly() : serveOneRun()).catch(failed);
