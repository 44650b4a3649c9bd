// One sandbox worker thread (lib/code/server-runner.ts starts it): it prepares its language's
// runtime, says "ready", runs exactly ONE student's run and reports it; the runner then throws the
// thread away, so whatever that run did to the interpreter never reaches the next student.
// Python: Pyodide is loaded here (the slow part, done while the thread waits as a warm spare), with
// an empty `js` module, no environment, and the host side stripped of what could mount the host's
// files, load packages from the network or compile JavaScript from a string.
import { createRequire } from "node:module";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { loadPyodide, type PyodideAPI } from "pyodide";
import { runJavaScript } from "../javascript-sandbox";
import { hardenPython, runPython } from "../python-sandbox";
import type { CodeLanguage, CodeTest } from "../types";

export type WorkerRun = { code: string; entry: string; tests: CodeTest[]; limits: { timeMs: number; memoryBytes: number } };
export type WorkerMessage = { type: "ready" } | { type: "result"; result: unknown } | { type: "failed"; message: string };

const language = (workerData as { language: CodeLanguage }).language;
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

/** Pyodide's own folder (its WebAssembly and standard library): it cannot tell from inside a worker. */
function pyodideFolder(): string {
  try {
    return `${path.dirname(createRequire(import.meta.url).resolve("pyodide/package.json"))}/`;
  } catch {
    return `${path.join(process.cwd(), "node_modules", "pyodide")}/`;
  }
}

async function prepare(): Promise<(run: WorkerRun) => Promise<unknown>> {
  if (language === "javascript") return (run) => runJavaScript(run);
  const pyodide = await loadPyodide({ indexURL: pyodideFolder(), jsglobals: Object.create(null), env: {}, stdout: () => {}, stderr: () => {} });
  hardenPython(pyodide);
  hardenHost(pyodide);
  return (run) => runPython(pyodide, run);
}

try {
  const run = await prepare();
  port.once("message", async (request: WorkerRun) => {
    try {
      port.postMessage({ type: "result", result: await run(request) } satisfies WorkerMessage);
    } catch (error) {
      port.postMessage({ type: "failed", message: String((error as Error)?.message ?? error) } satisfies WorkerMessage);
    }
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
} catch (error) {
  port.postMessage({ type: "failed", message: String((error as Error)?.message ?? error) } satisfies WorkerMessage);
}
