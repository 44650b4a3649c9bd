import "server-only";
// Dynamic URL segments, checked before anything else: a malformed id is answered exactly like
// an unknown one (404), so ids cannot be probed by their shape.
import type { z } from "zod";
import { AppError, type ErrorCode } from "../errors";

/** A parser for apiRoute's `params`: `{ [key]: id }`, or the given not_found error. */
export function idParam<K extends string>(key: K, schema: z.ZodType<string>, notFound: ErrorCode & `not_found:${string}`, message: string) {
  return (params: Record<string, string | string[]>): Record<K, string> => {
    const parsed = schema.safeParse(params[key]);
    if (!parsed.success) throw new AppError(notFound, message);
    return { [key]: parsed.data } as Record<K, string>;
  };
}
