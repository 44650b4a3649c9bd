// Python in the browser's worker: Pyodide loaded once from the app's own copy (lib/code/browser-python.ts),
// then each run handed to the shared Python sandbox.
import type { PyodideInterface } from "pyodide";
import { pyodideBase } from "@/lib/code/browser-python";
import type { RunRequest, RunResult } from "@/lib/code/types";

let loading: Promise<PyodideInterface> | null = null;

function loadPyodideOnce(): Promise<PyodideInterface> {
  loading ??= (async () => {
    const base = pyodideBase(self.location.origin);
    // Loaded at run time from the app, not bundled: Pyodide finds its other files next to it.
    const { loadPyodide } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${base}pyodide.mjs`)) as typeof import("pyodide");
    return loadPyodide({ indexURL: base, fullStdLib: false });
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Loads Pyodide (the first time), calls `onStarted`, then runs the code against the tests. */
export async function runPythonInWorker(request: RunRequest, onStarted: () => void): Promise<RunResult> {
  const pyodide = await loadPyodideOnce();
  onStarted();
  // Until the shared sandbox (lib/code/python-sandbox.ts) is merged: a plain run, no tests.
  const started = performance.now();
  void pyodide;
  void request;
  return { outcome: "error", message: "Python runs are not available yet.", results: [], stdout: "", ms: Math.round(performance.now() - started) };
}
