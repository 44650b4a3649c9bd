// The Web Worker that runs a student's code in the browser: QuickJS for JavaScript, Pyodide for
// Python, both WebAssembly. A worker has no DOM, so the code cannot reach the page; the runtimes
// expose no fetch, require, import or files to it. It says `started` once the runtime is ready,
// and the page (lib/code/browser-runner.ts) kills it if a run outlives its deadline.
import type { RunMessage, WorkerReply } from "@/lib/code/browser-runner";
import { runtimeLimits } from "@/lib/code/limits";
import { runJavaScript } from "@/lib/code/javascript-sandbox";
import { runPythonInWorker, warmPython } from "./run-python";

const scope = self as unknown as { postMessage(reply: WorkerReply): void; onmessage: ((event: MessageEvent<RunMessage>) => void) | null };

scope.onmessage = async (event) => {
  if ("warm" in event.data) {
    if (event.data.warm === "python") warmPython();
    return;
  }
  const { id, request } = event.data;
  try {
    if (request.language === "python") {
      scope.postMessage({ id, result: await runPythonInWorker(request, () => scope.postMessage({ id, started: true })) });
      return;
    }
    scope.postMessage({ id, started: true });
    const result = await runJavaScript({ code: request.code, entry: request.entry, tests: request.tests, limits: runtimeLimits(request.limits) });
    scope.postMessage({ id, result });
  } catch (error) {
    console.error(error);
    scope.postMessage({ id, failure: "The code runner failed. Run again; you can still submit, your code is run on the server." });
  }
};
