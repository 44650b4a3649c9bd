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

/**
 * Server-Sent Events: `token` events carry the interviewer's text as the model writes it,
 * then one `result` event with the final JSON, or an `error` event `{ code, message, status }`.
 */
export function eventStream(run: (onToken: (text: string) => void) => Promise<unknown>, surface: Surface): Response {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: string, data: unknown) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
      try {
        send("result", await run((text) => send("token", { text })));
      } catch (error) {
        const e = toAppError(error, surface);
        send("error", { ...e.toJSON(), status: e.status });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" } });
}
