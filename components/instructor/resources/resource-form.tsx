"use client";
// Adding or editing a resource: a title, a link, a note, and (adding on a question with key
// points) which key point it helps with. Limits come from lib/resources/validation; a refusal
// keeps what was typed and says what to fix.
import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { type ActionResult, keptValue, type StateAction } from "@/lib/actions/result";
import { MAX_RESOURCE_NOTE, MAX_RESOURCE_TITLE, MAX_RESOURCE_URL } from "@/lib/resources/validation";

type Props = {
  action: StateAction;
  /** Hidden fields naming what is added to or edited (topicId/questionId, or resourceId). */
  hidden: Record<string, string>;
  defaults?: { title: string; url: string | null; note: string };
  /** Adding on a question: its key points to choose from (none: the whole question only). */
  keyPoints?: string[];
  submitLabel: string;
  testId: string;
};

export function ResourceForm({ action, hidden, defaults, keyPoints = [], submitLabel, testId }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const id = useId();
  const value = (field: "title" | "url" | "note") => keptValue(state, field) ?? (defaults ? (defaults[field] ?? "") : undefined);
  const invalid = (field: string) => (state && !state.ok && state.field === field ? true : undefined);
  return (
    <form action={formAction} className="grid gap-3" data-testid={testId}>
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <div className="grid gap-1">
        <label htmlFor={`${id}-title`} className="text-sm font-medium">
          Title
        </label>
        <Input
          id={`${id}-title`}
          name="title"
          required
          maxLength={MAX_RESOURCE_TITLE}
          defaultValue={value("title")}
          aria-invalid={invalid("title")}
          data-testid={`${testId}-title`}
        />
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${id}-url`} className="text-sm font-medium">
          Link <span className="font-normal text-muted-foreground">(https://…, optional if you write a note)</span>
        </label>
        <Input
          id={`${id}-url`}
          name="url"
          type="url"
          inputMode="url"
          maxLength={MAX_RESOURCE_URL}
          defaultValue={value("url")}
          aria-invalid={invalid("url")}
          data-testid={`${testId}-url`}
        />
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${id}-note`} className="text-sm font-medium">
          Note <span className="font-normal text-muted-foreground">(optional)</span>
        </label>
        <Textarea id={`${id}-note`} name="note" rows={2} className="min-h-16" maxLength={MAX_RESOURCE_NOTE} defaultValue={value("note")} data-testid={`${testId}-note`} />
      </div>
      {keyPoints.length > 0 ? (
        <div className="grid gap-1">
          <label htmlFor={`${id}-point`} className="text-sm font-medium">
            Helps with
          </label>
          <NativeSelect id={`${id}-point`} name="keyPoint" defaultValue="" className="w-full min-w-0" data-testid={`${testId}-key-point`}>
            <option value="">The whole question</option>
            {keyPoints.map((p) => (
              <option key={p} value={p}>
                Key point: {p.length > 90 ? `${p.slice(0, 90)}…` : p}
              </option>
            ))}
          </NativeSelect>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" disabled={pending} data-testid={`${testId}-submit`}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        <FormMessage ok={state?.ok} message={state?.message} testId={`${testId}-message`} />
      </div>
    </form>
  );
}
