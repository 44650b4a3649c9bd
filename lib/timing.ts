import "server-only";
// Where a request's time goes, as a Server-Timing header (read by `npm run bench:load` and
// visible in the browser's network panel). Phases are recorded only inside withServerTiming.
import { AsyncLocalStorage } from "node:async_hooks";

const phases = new AsyncLocalStorage<Map<string, number>>();

export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const m = phases.getStore();
  if (!m) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    m.set(name, (m.get(name) ?? 0) + performance.now() - start);
  }
}

export async function withServerTiming(work: () => Promise<Response>): Promise<Response> {
  const m = new Map<string, number>();
  const start = performance.now();
  const response = await phases.run(m, work);
  m.set("total", performance.now() - start);
  try {
    response.headers.set("server-timing", [...m].map(([k, v]) => `${k};dur=${v.toFixed(1)}`).join(", "));
  } catch {
    /* immutable headers (e.g. a redirect): timing is optional */
  }
  return response;
}

export function timedSync<T>(name: string, work: () => T): T {
  const m = phases.getStore();
  if (!m) return work();
  const start = performance.now();
  try {
    return work();
  } finally {
    m.set(name, (m.get(name) ?? 0) + performance.now() - start);
  }
}
