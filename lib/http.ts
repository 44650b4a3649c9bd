import "server-only";
// Route-handler plumbing: bounded JSON bodies parsed with zod, AppErrors mapped to HTTP
// responses, anything else logged and answered with a generic 500.
import { z } from "zod";
import { AppError, toAppError, type Surface } from "./errors";

const MAX_BODY_BYTES = 64 * 1024;

export async function readJson<S extends z.ZodType>(request: Request, schema: S, surface: Surface = "api"): Promise<z.infer<S>> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError(`payload_too_large:${surface}`, "The request is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError(`payload_too_large:${surface}`, "The request is too large.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError(`bad_request:${surface}`, "The request body must be valid JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(`bad_request:${surface}`, issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "Invalid request.");
  }
  return parsed.data;
}

export function errorResponse(error: unknown, surface: Surface = "api"): Response {
  return toAppError(error, surface).toResponse();
}

/** Runs a handler, turning thrown errors into `{ code, message }` responses with the right status. */
export async function handle(surface: Surface, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
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
