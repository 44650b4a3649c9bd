"use client";
// A document's text in a plain textarea (never rendered as HTML), with its character count and
// the server action's own schema checked here first: a refused text stays as typed. Shared by the
// resume's correction view and the job description.
import { type FormEvent, startTransition, useActionState, useState } from "react";
import type { z } from "zod";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { plainText } from "@/lib/documents/validation";
import { CharCount } from "./char-count";

/** The text, its check and the action: `problem` is the browser's refusal, else the server's. */
export function useCheckedText(schema: z.ZodType, save: StateAction, initialText: string) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(save, null);
  const [text, setText] = useState(initialText);
  const [clientProblem, setClientProblem] = useState<string | null>(null);
  const problem = clientProblem ?? (!pending && state && !state.ok ? state.message : null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault(); // run the action here, so a refused text stays as typed
    const parsed = schema.safeParse(text);
    const here = parsed.success ? null : (parsed.error.issues[0]?.message ?? "Check the text and try again.");
    setClientProblem(here);
    if (!here) {
      const data = new FormData(event.currentTarget);
      startTransition(() => action(data));
    }
  }
  return { state, action, pending, text, setText, problem, onSubmit };
}

type FieldProps = {
  /** The textarea's id; its count, error and message take it as their prefix (also for test ids). */
  id: string;
  form: ReturnType<typeof useCheckedText>;
  max: number;
  rows: number;
  className?: string;
  spellCheck?: boolean;
  autoFocus?: boolean;
  /** The result line's test id. */
  messageTestId: string;
};

export function CheckedTextField({ id, form, max, rows, className, spellCheck, autoFocus, messageTestId }: FieldProps) {
  const prefix = id.replace(/-text$/, "");
  const { text, setText, problem, state, pending } = form;
  return (
    <>
      <Textarea
        id={id}
        name="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={rows}
        spellCheck={spellCheck}
        autoFocus={autoFocus}
        className={className}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${prefix}-count ${prefix}-error` : `${prefix}-count`}
        data-testid={id}
      />
      <CharCount count={plainText(text).length} max={max} id={`${prefix}-count`} testId={`${prefix}-count`} />
      {problem ? (
        <p id={`${prefix}-error`} role="alert" className="text-sm text-destructive" data-testid={`${prefix}-error`}>
          {problem}
        </p>
      ) : (
        <FormMessage ok={state?.ok} message={pending ? undefined : state?.message} testId={messageTestId} />
      )}
    </>
  );
}
