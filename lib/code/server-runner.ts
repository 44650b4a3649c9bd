import "server-only";
// TEMPORARY (replaced by the worker pool on branch pysrv): runs JavaScript in-process.
import { runJavaScript } from "./javascript-sandbox";
import type { RunRequest, RunResult } from "./types";

export async function runOnServer(request: RunRequest): Promise<RunResult> {
  if (request.language !== "javascript") throw new Error("python is not wired yet");
  return runJavaScript({ code: request.code, entry: request.entry, tests: request.tests, limits: request.limits?.timeMs ? { timeMs: request.limits.timeMs } : {} });
}
