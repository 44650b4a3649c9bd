import "server-only";
// Responses for route handlers: AppErrors mapped to `{ code, message }` with their status
// (anything else logged and answered with a generic 500), and Server-Sent Events.
import { unstable_rethrow } from "next/navigation";
import { toAppError, type Surface } from "../errors";

export function errorResponse(error: unknown, surface: Surface = "api"): Response {
  return toAppError(error, surface).toResponse();
}

/** Runs a handler, turning thrown errors into `{ code, message }` responses with the right status. */
export async function handle(surface: Surface, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error); // Next's own control flow (redirect(), notFound()) is not an error
    return errorResponse(error, surface);
  }
}

export function wantsEventStream(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("text/event-stream");
}

/** How often an event stream sends a comment while a step runs: under the 60 s idle timeout of common proxies (nginx's default). */
export const KEEP_ALIVE_MS = 12_000;

export type StreamSink = { onToken: (text: string) => void; onReset: () => void };

/**
 * Server-Sent Events: `token` events carry the interviewer's text as the model writes it
 * (`reset` voids the text so far: a failed attempt's), then one `result` event with the final
 * JSON, or an `error` event `{ code, message, status }`. A comment goes out at once (headers
 * and first byte without waiting for the model) and every KEEP_ALIVE_MS. If the client goes
 * away the step still runs to the end: its result is saved and shown on the next read.
 */
export function eventStream(run: (sink: StreamSink) => Promise<unknown>, surface: Surface, options: { keepAliveMs?: number } = {}): Response {
  const encoder = new TextEncoder();
  let closed = false;
  let keepAlive: NodeJS.Timeout | undefined;
  const stop = () => {
    closed = true;
    clearInterval(keepAlive);
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          stop(); // the client went away between our check and the write
        }
      };
      const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      write(": connected\n\n");
      keepAlive = setInterval(() => write(": keep-alive\n\n"), options.keepAliveMs ?? KEEP_ALIVE_MS);
      try {
        send("result", await run({ onToken: (text) => send("token", { text }), onReset: () => send("reset", {}) }));
      } catch (error) {
        const e = toAppError(error, surface);
        send("error", { ...e.toJSON(), status: e.status });
      }
      if (!closed) {
        stop();
        controller.close();
      }
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" } });
}
