"use client";
// A new assignment: a class topic or a job-practice setup, and when it is open. Checked in the
// browser with the action's own schema (lib/assignments/validation), so the rules live in one place;
// the action is run by hand so a refused form keeps what was typed.
import { type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { ScheduleFields } from "@/components/assignments/schedule-fields";
import { useTimeZone } from "@/components/assignments/use-time-zone";
import { JobTitleField, LanguageOptions, OFFLINE_LANGUAGE_NOTE, SeniorityOptions } from "@/components/practice/job-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { type AssignmentKind, createAssignmentSchema } from "@/lib/assignments/validation";
import { FOCUS_LABELS, FOCUSES } from "@/lib/job-practice/seniority";
import { DEFAULT_QUESTIONS, MAX_QUESTIONS, MIN_QUESTIONS } from "@/lib/job-practice/setup";

export type AssignableTopic = { id: string; name: string; unlocked: boolean };
type Problem = { message: string; field?: string };

export function CreateAssignmentForm({ batchId, topics, create, modelConfigured }: { batchId: string; topics: AssignableTopic[]; create: StateAction; modelConfigured: boolean }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(create, null);
  const [kind, setKind] = useState<AssignmentKind>(topics.length > 0 ? "TOPIC" : "JOB");
  const [role, setRole] = useState("");
  const [clientProblem, setClientProblem] = useState<Problem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const timeZone = useTimeZone();
  const problem: Problem | null = clientProblem ?? (!pending && state && !state.ok ? { message: state.message, field: state.field } : null);
  const done = !pending && state?.ok ? state.message : null;
  // Saved: an empty form for the next one (a refused one keeps what was typed).
  useEffect(() => {
    if (state?.ok) {
      formRef.current?.reset();
      setRole("");
    }
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = createAssignmentSchema().safeParse(Object.fromEntries(data));
    const issue = parsed.success ? null : parsed.error.issues[0];
    setClientProblem(issue ? { message: issue.message, field: issue.path.map(String).join(".") } : null);
    if (issue) return;
    startTransition(() => action(data));
  }

  return (
    <form ref={formRef} action={action} onSubmit={onSubmit} noValidate className="grid gap-4 *:min-w-0 sm:grid-cols-2" data-testid="assignment-form">
      <input type="hidden" name="batchId" value={batchId} />
      <fieldset className="grid gap-2 sm:col-span-2">
        <legend className="mb-2 text-sm font-medium">What to practise</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["TOPIC", "JOB"] as const).map((k) => (
            <label key={k} className="flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                className="size-4 accent-primary"
                data-testid={`assignment-kind-${k.toLowerCase()}`}
              />
              {k === "TOPIC" ? "A topic of this class" : "Job practice (a role and level)"}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === "TOPIC" ? (
        <div className="grid gap-2 sm:col-span-2">
          <Label htmlFor="assignment-topicId">Topic</Label>
          <NativeSelect
            id="assignment-topicId"
            name="topicId"
            className="w-full min-w-0"
            aria-invalid={problem?.field === "topicId" ? true : undefined}
            aria-describedby="assignment-topic-hint"
            data-testid="assignment-topicId"
          >
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
                {t.unlocked ? "" : " (locked)"}
              </option>
            ))}
          </NativeSelect>
          <p id="assignment-topic-hint" className="text-xs text-muted-foreground">
            {topics.length === 0
              ? "This class has no topics yet: add one under Topics & questions, or set job practice."
              : "A locked topic opens to this assignment's attempts only; it stays locked for free practice."}
          </p>
        </div>
      ) : (
        <div className="grid gap-4 *:min-w-0 sm:col-span-2 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <JobTitleField prefix="assignment" value={role} onChange={setRole} placeholder="e.g. Junior data analyst" invalid={problem?.field === "role" ? true : undefined} />
          </div>
          <div className="grid content-start gap-2">
            <Label htmlFor="assignment-seniority">Level</Label>
            <NativeSelect id="assignment-seniority" name="seniority" defaultValue="JUNIOR" data-testid="assignment-seniority">
              <SeniorityOptions />
            </NativeSelect>
          </div>
          <div className="grid content-start gap-2">
            <Label htmlFor="assignment-focus">Focus</Label>
            <NativeSelect id="assignment-focus" name="focus" defaultValue="MIXED" data-testid="assignment-focus">
              {FOCUSES.map((f) => (
                <option key={f} value={f}>
                  {FOCUS_LABELS[f]}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="grid content-start gap-2">
            <Label htmlFor="assignment-count">Number of questions</Label>
            <Input
              id="assignment-count"
              name="questionCount"
              type="number"
              inputMode="numeric"
              min={MIN_QUESTIONS}
              max={MAX_QUESTIONS}
              defaultValue={DEFAULT_QUESTIONS}
              className="max-w-32"
              data-testid="assignment-count"
            />
          </div>
          <div className="grid content-start gap-2">
            <Label htmlFor="assignment-language">Language</Label>
            <NativeSelect
              id="assignment-language"
              name="language"
              defaultValue="en"
              aria-describedby={modelConfigured ? undefined : "assignment-language-note"}
              data-testid="assignment-language"
            >
              <LanguageOptions modelConfigured={modelConfigured} />
            </NativeSelect>
            {modelConfigured ? null : (
              <p id="assignment-language-note" className="text-xs text-muted-foreground">
                {OFFLINE_LANGUAGE_NOTE}
              </p>
            )}
          </div>
        </div>
      )}
      <ScheduleFields
        prefix="assignment"
        defaults={{}}
        timeZone={timeZone}
        problemField={problem?.field}
        errorId="assignment-error"
        titlePlaceholder={kind === "TOPIC" ? "Defaults to the topic's name" : "Defaults to the job title"}
      />
      <div className="grid gap-3 sm:col-span-2">
        {problem ? (
          <Alert id="assignment-error" variant="destructive" data-testid="assignment-error">
            {problem.message}
          </Alert>
        ) : null}
        {done ? (
          <p role="status" className="text-sm text-success" data-testid="assignment-created">
            {done}
          </p>
        ) : null}
        <div>
          <Button type="submit" disabled={pending} data-testid="assignment-submit">
            {pending ? "Saving…" : "Assign"}
          </Button>
        </div>
      </div>
    </form>
  );
}
