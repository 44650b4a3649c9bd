// What every server action answers, and the function types components receive as props.
// No server code here: client components import these types and helpers too.

/**
 * One result type for every action. A refusal carries a message that is safe to show, the
 * field it is about (the first zod issue's path) and, after a failed parse, every field's
 * messages. `values` echoes what was typed in the fields the action names (React resets a form
 * after its action runs, so a refused form would otherwise come back empty).
 */
export type ActionResult<T = void> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; message: string; field?: string; fieldErrors?: Record<string, string[]>; values?: Record<string, string> };

/** Called by useActionState: (previous state, form data) → the next state. The previous state is not used. */
export type StateAction<T = void> = (prev: unknown, formData: FormData) => Promise<ActionResult<T>>;
/** Called as a plain <form action>: nothing comes back; a refusal is thrown (the error page shows it). */
export type FormAction = (formData: FormData) => Promise<void>;
/** Every action made by lib/actions/define works both ways. */
export type ServerAction<T = void> = FormAction & StateAction<T>;

export function done<T = void>(message?: string, data?: T): ActionResult<T> {
  return { ok: true, ...(message === undefined ? {} : { message }), ...(data === undefined ? {} : { data }) };
}

export function refused(message: string, field?: string): ActionResult<never> {
  return { ok: false, message, ...(field === undefined ? {} : { field }) };
}

/** A field's value as typed before a refusal (for defaultValue), or undefined. */
export function keptValue(state: ActionResult<unknown> | null, field: string): string | undefined {
  return state && !state.ok ? state.values?.[field] : undefined;
}
