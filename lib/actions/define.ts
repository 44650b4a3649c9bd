import "server-only";
// The one way to write a server action. Each wrapper runs, in order:
//   parse the form with zod → session and role → ownership (optional) → fn (the change,
//   through the data layer, and its audit entries) → revalidate the listed paths.
// A refusal at any step answers { ok: false, message } (never a stack trace); redirect() and
// notFound() pass through. The function returned works with useActionState (prev, formData)
// and as a plain <form action={…}> (formData only), where a refusal is thrown instead, as
// Next expects of a form action that returns nothing.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { requireInstructor, requireStudent, requireUser, type SessionUser } from "@/lib/auth/guards";
import { type AuditEntry, recordAudit } from "@/lib/db/queries/audit";
import { AppError, type Surface, toAppError } from "@/lib/errors";
import type { ActionResult, ServerAction } from "./result";

/** A path to revalidate: a page, or ["/path", "layout"] for everything under a layout. */
export type RevalidatePath = string | readonly [path: string, type: "layout" | "page"];

export type ActionOptions<I> = {
  /** Names the action's area in error codes and logs ("batch", "question", …). Default "api". */
  surface?: Surface;
  /** Revalidated after fn succeeds; a list, or computed from the parsed input. */
  revalidate?: readonly RevalidatePath[] | ((input: I) => readonly RevalidatePath[]);
  /** Turns the form into the object the schema parses. Default: Object.fromEntries (one value per name, files included). */
  read?: (formData: FormData) => unknown;
  /** Fields whose typed value comes back in a refusal's `values` (never a password). */
  echo?: readonly string[];
};

export type InstructorActionOptions<I> = ActionOptions<I> & {
  /** Ownership checked before fn runs, e.g. ({ batchId }, user) => ownedBatch(batchId, user.id); throws a 404 when not the caller's. */
  owns?: (input: I, user: SessionUser) => Promise<unknown>;
};

/** An audit entry; the actor defaults to the signed-in user, the caller's address is added. */
export type AuditInput = Omit<AuditEntry, "ip" | "actorId"> & { actorId?: string };
type Audit = (entry: AuditInput) => Promise<void>;

type BaseContext<I> = {
  input: I;
  /** The caller's address, as the rate limits and the audit log see it. */
  ip: () => Promise<string>;
  /** Revalidates a path known only after the change (e.g. the batch of the edited question), once fn succeeds. */
  revalidate: (path: string, type?: "layout" | "page") => void;
};
export type GuardedContext<I> = BaseContext<I> & { user: SessionUser; audit: Audit };
export type PublicContext<I> = BaseContext<I> & { audit: (entry: AuditInput & { actorId: string }) => Promise<void> };

/** fn returns nothing (done, no message), a result (done("Saved."), refused("…")), or throws an AppError. */
// biome-ignore lint/suspicious/noConfusingVoidType: fn may simply end, with no return statement, when there is nothing to say.
export type ActionFn<C, T> = (ctx: C) => Promise<ActionResult<T> | void>;

type Schema = z.ZodType<unknown, unknown>;

async function callerIp(): Promise<string> {
  return clientIp(await headers());
}

function echoed(raw: unknown, fields: readonly string[] | undefined): { values?: Record<string, string> } {
  if (!fields?.length || typeof raw !== "object" || raw === null) return {};
  const values: Record<string, string> = {};
  for (const f of fields) {
    const v = (raw as Record<string, unknown>)[f];
    if (typeof v === "string") values[f] = v;
  }
  return { values };
}

function parseFailure(error: z.ZodError): ActionResult<never> {
  const first = error.issues[0];
  const field = first?.path.map(String).join(".");
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    if (key) fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  const perField = Object.keys(fieldErrors).length ? { fieldErrors } : {};
  return { ok: false, message: first?.message ?? "Check the form and try again.", ...(field ? { field } : {}), ...perField };
}

/** The shared pipeline; `guard` is the session/role/ownership step, `context` adds what fn may use. */
function define<S extends Schema, C extends BaseContext<z.output<S>>, T>(
  schema: S,
  fn: ActionFn<C, T>,
  options: ActionOptions<z.output<S>>,
  guard: (input: z.output<S>) => Promise<Omit<C, keyof BaseContext<z.output<S>>>>,
): ServerAction<T> {
  const surface = options.surface ?? "api";

  /** The result, and the AppError behind a refusal that came from a thrown error (for its status). */
  async function run(formData: FormData): Promise<{ result: ActionResult<T>; thrown?: AppError }> {
    const raw = options.read ? options.read(formData) : Object.fromEntries(formData);
    const kept = echoed(raw, options.echo);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { result: { ...parseFailure(parsed.error), ...kept } };
    const paths: RevalidatePath[] = [];
    let result: ActionResult<T>;
    try {
      const ctx = await guard(parsed.data);
      const base: BaseContext<z.output<S>> = { input: parsed.data, ip: callerIp, revalidate: (path, type) => paths.push(type ? [path, type] : path) };
      result = (await fn({ ...base, ...ctx } as C)) ?? { ok: true };
    } catch (error) {
      unstable_rethrow(error); // redirect(), notFound() and Next's own signals are not failures
      const thrown = toAppError(error, surface);
      return { result: { ok: false, message: thrown.message, ...kept }, thrown };
    }
    if (!result.ok) return { result: { ...result, ...kept } };
    const listed = typeof options.revalidate === "function" ? options.revalidate(parsed.data) : (options.revalidate ?? []);
    for (const p of [...listed, ...paths]) {
      if (typeof p === "string") revalidatePath(p);
      else revalidatePath(p[0], p[1]);
    }
    return { result };
  }

  async function action(prevOrForm: unknown, maybeForm?: FormData): Promise<ActionResult<T> | undefined> {
    if (maybeForm instanceof FormData) return (await run(maybeForm)).result;
    if (!(prevOrForm instanceof FormData)) throw new AppError(`bad_request:${surface}`, "Send the form.");
    // A plain form action has no state to answer with: a refusal is thrown (with the status of
    // the error behind it) and reaches the error page, as these forms have always worked.
    const { result, thrown } = await run(prevOrForm);
    if (!result.ok) throw thrown ?? new AppError(`bad_request:${surface}`, result.message);
    return undefined;
  }
  return action as ServerAction<T>;
}

/** An action only the instructor may call; `owns` checks the target is theirs. */
export function instructorAction<S extends Schema, T = void>(
  schema: S,
  fn: ActionFn<GuardedContext<z.output<S>>, T>,
  options: InstructorActionOptions<z.output<S>> = {},
): ServerAction<T> {
  return define(schema, fn, options, async (input) => {
    const user = await requireInstructor();
    if (options.owns) await options.owns(input, user);
    return { user, audit: auditAs(user.id) };
  });
}

/** An action only a student may call. */
export function studentAction<S extends Schema, T = void>(schema: S, fn: ActionFn<GuardedContext<z.output<S>>, T>, options: ActionOptions<z.output<S>> = {}): ServerAction<T> {
  return define(schema, fn, options, async () => {
    const user = await requireStudent();
    return { user, audit: auditAs(user.id) };
  });
}

/** An action on the caller's own account, whatever their role (the account page): it acts on no one else. */
export function accountAction<S extends Schema, T = void>(schema: S, fn: ActionFn<GuardedContext<z.output<S>>, T>, options: ActionOptions<z.output<S>> = {}): ServerAction<T> {
  return define(schema, fn, options, async () => {
    const user = await requireUser();
    return { user, audit: auditAs(user.id) };
  });
}

/**
 * An action anyone may call, signed in or not: logging in, signing up and logging out, which
 * by their nature come before (or end) a session. They are still parsed, rate-limited where
 * guessing is possible, and audited with an explicit actor.
 */
export function publicAction<S extends Schema, T = void>(schema: S, fn: ActionFn<PublicContext<z.output<S>>, T>, options: ActionOptions<z.output<S>> = {}): ServerAction<T> {
  return define(schema, fn, options, async () => ({ audit: (entry: AuditInput & { actorId: string }) => writeAudit(entry) }));
}

function auditAs(actorId: string): Audit {
  return (entry) => writeAudit({ actorId, ...entry });
}

async function writeAudit(entry: AuditInput & { actorId: string }): Promise<void> {
  await recordAudit({ ...entry, ip: await callerIp() });
}
