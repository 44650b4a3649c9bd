import "server-only";
// The one sequence every route handler runs, written once:
//   URL segments checked → state-changing method → same Origin + JSON content type (headers only, nothing read yet)
//   → session, role (`session` is a guard from lib/auth/guards.ts)
//   → body, streamed with a byte cap, then checked with zod
//   → the handler (ownership lives in the data layer it calls) → errors as `{ code, message }`.
// The body is read only after the session check, so a signed-out client cannot make the
// server hold its upload in memory.
import { z } from "zod";
import { timed, withServerTiming } from "@/lib/timing";
import type { Surface } from "../errors";
import { readJson } from "./body";
import { handle } from "./responses";
import { assertJsonContentType, assertSameOrigin } from "./request-checks";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** `session` for public routes (health, the CSV template): no session needed, none looked up. */
export const anyone = async (): Promise<null> => null;

type RawParams = Record<string, string | string[]>;

export type RouteInput<U, B, P> = { request: Request; user: U; body: B; params: P };

type RouteConfig<U, S extends z.ZodType | undefined, P> = {
  surface: Surface;
  /** Checks the URL's dynamic segments (throw a not_found AppError for a bad one). */
  params?: (raw: RawParams) => P;
  /** The session and role check, e.g. `() => requireStudent()`. */
  session: () => Promise<U>;
  /** The JSON body's schema; state-changing routes without one accept an empty or `{}` body. */
  body?: S;
  /** Adds a Server-Timing header (read by bench:load). */
  serverTiming?: boolean;
};

type BodyOf<S> = S extends z.ZodType ? z.infer<S> : undefined;

export function apiRoute<U, S extends z.ZodType | undefined = undefined, P = undefined>(
  config: RouteConfig<U, S, P>,
  work: (input: RouteInput<U, BodyOf<S>, P>) => Promise<Response>,
): (request: Request, context: { params: Promise<RawParams> }) => Promise<Response> {
  const emptyBody = z.object({}).strict();
  return (request, context) =>
    handle(config.surface, async () => {
      const run = async () => {
        const params = config.params ? config.params(await context.params) : (undefined as P);
        const changesState = STATE_CHANGING.has(request.method);
        if (changesState) {
          assertSameOrigin(request, config.surface);
          assertJsonContentType(request, config.surface);
        }
        const user = await timed("auth", config.session);
        const schema = config.body ?? (changesState ? emptyBody : undefined);
        const body = schema ? await readJson(request, schema, config.surface, { emptyIsObject: !config.body }) : undefined;
        return work({ request, user, body: body as BodyOf<S>, params });
      };
      return config.serverTiming ? withServerTiming(run) : run();
    });
}
