import "server-only";
// Request bodies, read only after the session check and never more than a limit: the stream
// is counted as it arrives and cancelled at the limit, so a huge or endless (chunked) body
// costs at most `limit` bytes of memory, whatever Content-Length claims.
import type { z } from "zod";
import { AppError, type Surface } from "../errors";

export const MAX_JSON_BODY_BYTES = 64 * 1024;

const tooLarge = (surface: Surface, limit: number, message?: string) =>
  new AppError(`payload_too_large:${surface}`, message ?? `The request is too large (limit ${Math.round(limit / 1024)} kB).`);

/** The body's bytes, at most `limit` of them; over it, a 413 (with `tooLargeMessage` when given). */
export async function readBodyCapped(request: Request, limit: number, surface: Surface, tooLargeMessage?: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {});
    throw tooLarge(surface, limit, tooLargeMessage);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(surface, limit, tooLargeMessage);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** A JSON body (≤ 64 kB) checked against `schema`; with `emptyIsObject`, no body at all counts as `{}`. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, surface: Surface, options: { emptyIsObject?: boolean } = {}): Promise<z.infer<S>> {
  const bytes = await readBodyCapped(request, MAX_JSON_BODY_BYTES, surface);
  let body: unknown = {};
  if (bytes.byteLength > 0 || !options.emptyIsObject) {
    try {
      body = JSON.parse(new TextDecoder().decode(bytes));
    } catch {
      throw new AppError(`bad_request:${surface}`, "The request body must be valid JSON.");
    }
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(`bad_request:${surface}`, issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "Invalid request.");
  }
  return parsed.data;
}
