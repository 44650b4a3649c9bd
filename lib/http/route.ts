import "server-only";
// The one sequence every route handler runs, written once:
//   URL segments checked → state-changing method → same Origin + JSON content type (headers only, nothing read yet)
//   → session, role (`session` is a guard from lib/auth/guards.ts)
//   → body, streamed with a byte cap, then checked with zod (or, for an opt-in raw upload, the
//     bytes themselves: its own content type and cap, checked the same way and at the same step)
//   → the handler (ownership lives in the data layer it calls) → errors as `{ code, message }`.
// The body is read only after the session check, so a signed-out client cannot make the
// server hold its upload in memory.
import { z } from "zod";
import { timed, withServerTiming } from "@/lib/timing";
import type { Surface } from "../errors";
import { readBodyCapped, readJson } from "./body";
import { handle } from "./responses";
import { assertJsonContentType, assertSameOrigin, assertUploadContentType } from "./request-checks";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** `session` for public routes (health, the CSV template): no session needed, none looked up. */
export const anyone = async (): Promise<null> => null;

type RawParams = Record<string, string | string[]>;

export type RouteInput<U, B, P> = { request: Request; user: U; body: B; params: P };

type RouteConfig<U, S extends z.ZodType | undefined, P> = {
  surface: Surface;
  /** Checks the URL's dynamic segments (throw a not_found AppError for a bad one). */
  params?: (raw: RawParams) => P;
  /** The session and role check, e.g. `() => requireStudent()`; it gets the checked URL segments for checks that must come before the body is read. */
  session: (params: P) => Promise<U>;
  /** The JSON body's schema; state-changing routes without one accept an empty or `{}` body. */
  body?: S;
  /** Adds a Server-Timing header (read by bench:load). */
  serverTiming?: boolean;
  upload?: never;
};

/** An opt-in raw body (a file's bytes) instead of JSON: the content types it may declare and its byte cap. */
export type RawUpload = {
  contentTypes: readonly string[];
  maxBytes: number;
  /** The 415 message for any other content type. */
  wrongTypeMessage: string;
  /** The 413 message over maxBytes. */
  tooLargeMessage: string;
};

type UploadRouteConfig<U, P> = Omit<RouteConfig<U, undefined, P>, "body" | "upload"> & { upload: RawUpload };

type BodyOf<S> = S extends z.ZodType ? z.infer<S> : undefined;
type Handler = (request: Request, context: { params: Promise<RawParams> }) => Promise<Response>;

/** A route whose body is a file's raw bytes (read after the session check, never more than `upload.maxBytes`). */
export function apiRoute<U, P = undefined>(config: UploadRouteConfig<U, P>, work: (input: RouteInput<U, Uint8Array<ArrayBuffer>, P>) => Promise<Response>): Handler;
export function apiRoute<U, S extends z.ZodType | undefined = undefined, P = undefined>(
  config: RouteConfig<U, S, P>,
  work: (input: RouteInput<U, BodyOf<S>, P>) => Promise<Response>,
): Handler;
export function apiRoute<U, S extends z.ZodType | undefined, P>(
  config: RouteConfig<U, S, P> | UploadRouteConfig<U, P>,
  // `never`: each overload's work takes its own body type; the checks below give it exactly that.
  work: (input: RouteInput<U, never, P>) => Promise<Response>,
): Handler {
  const emptyBody = z.object({}).strict();
  const upload = config.upload;
  const schema: z.ZodType | undefined = "body" in config ? config.body : undefined;
  return (request, context) =>
    handle(config.surface, async () => {
      const run = async () => {
        const params = config.params ? config.params(await context.params) : (undefined as P);
        const changesState = STATE_CHANGING.has(request.method);
        if (changesState) {
          assertSameOrigin(request, config.surface);
          if (upload) assertUploadContentType(request, config.surface, upload.contentTypes, upload.wrongTypeMessage);
          else assertJsonContentType(request, config.surface);
        }
        const user = await timed("auth", () => config.session(params));
        if (upload) {
          const bytes = await readBodyCapped(request, upload.maxBytes, config.surface, upload.tooLargeMessage);
          return work({ request, user, body: bytes as never, params });
        }
        const bodySchema = schema ?? (changesState ? emptyBody : undefined);
        const body = bodySchema ? await readJson(request, bodySchema, config.surface, { emptyIsObject: !schema }) : undefined;
        return work({ request, user, body: body as never, params });
      };
      return config.serverTiming ? withServerTiming(run) : run();
    });
}
