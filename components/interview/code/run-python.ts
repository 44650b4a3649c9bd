// Python in the browser's worker: Pyodide loaded once from the app's own copy
// (lib/code/browser-python.ts, never a CDN), then each run handed to the shared Python sandbox,
// which refuses the `js` and `pyodide` modules (the way back to this worker's globals).
import type { PyodideAPI } from "pyodide";
import { runtimeLimits } from "@/lib/code/limits";
import { pyodideBase } from "@/lib/code/browser-python";
import { runPython } from "@/lib/code/python-sandbox";
import type { RunRequest, RunResult } from "@/lib/code/types";

let loading: Promise<PyodideAPI> | null = null;

function loadPyodideOnce(): Promise<PyodideAPI> {
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

/** Starts loading Pyodide ahead of the first run; a failure is reported by that run instead. */
export function warmPython() {
  loadPyodideOnce().catch(() => {});
}

/** Loads Pyodide (the first time), calls `onStarted`, then runs the code against the tests. */
export async function runPythonInWorker(request: RunRequest, onStarted: () => void): Promise<RunResult> {
  const pyodide = await loadPyodideOnce();
  onStarted();
  return runPython(pyodide, { code: request.code, entry: request.entry, tests: request.tests, limits: runtimeLimits(request.limits) });
}
