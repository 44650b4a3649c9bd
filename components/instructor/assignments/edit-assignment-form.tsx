"use client";
// Changing an assignment's schedule (title, instructions, dates, attempts). What it is — its topic
// or job-practice setup — stays: attempts already made stay attempts at the same thing.
import { type FormEvent, startTransition, useActionState, useState } from "react";
import { ScheduleFields } from "@/components/assignments/schedule-fields";
import { useTimeZone } from "@/components/assignments/use-time-zone";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { dateToLocalInput } from "@/lib/assignments/time";
import { updateAssignmentSchema } from "@/lib/assignments/validation";

export type EditableAssignment = { id: string; batchId: string; title: string; instructions: string; opensAt: string; dueAt: string; maxAttempts: number | null };

export function EditAssignmentForm({ assignment, update }: { assignment: EditableAssignment; update: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(update, null);
  const [clientProblem, setClientProblem] = useState<{ message: string; field?: string } | null>(null);
  const timeZone = useTimeZone();
  const problem = clientProblem ?? (!pending && state && !state.ok ? { message: state.message, field: state.field } : null);
  const errorId = `edit-${assignment.id}-error`;
  const zone = timeZone ?? "UTC";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = updateAssignmentSchema().safeParse(Object.fromEntries(data));
    const issue = parsed.success ? null : parsed.error.issues[0];
    setClientProblem(issue ? { message: issue.message, field: issue.path.map(String).join(".") } : null);
    if (!issue) startTransition(() => action(data));
  }

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid gap-4 *:min-w-0 sm:grid-cols-2" data-testid="assignment-edit-form">
      <input type="hidden" name="batchId" value={assignment.batchId} />
      <input type="hidden" name="assignmentId" value={assignment.id} />
      {/* Re-keyed once the browser's zone is known, so the dates show in it. */}
      <ScheduleFields
        key={zone}
        prefix={`edit-${assignment.id}`}
        defaults={{
          title: assignment.title,
          instructions: assignment.instructions,
          opensAt: dateToLocalInput(new Date(assignment.opensAt), zone),
          dueAt: dateToLocalInput(new Date(assignment.dueAt), zone),
          maxAttempts: assignment.maxAttempts === null ? "" : String(assignment.maxAttempts),
        }}
        timeZone={timeZone}
        problemField={problem?.field}
        errorId={errorId}
        titlePlaceholder="The assignment's title"
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" size="sm" disabled={pending} data-testid="assignment-edit-submit">
          {pending ? "Saving…" : "Save changes"}
        </Button>
        {problem ? (
          <Alert id={errorId} variant="destructive">
            {problem.message}
          </Alert>
        ) : !pending && state?.ok ? (
          <p role="status" className="text-sm text-success">
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
