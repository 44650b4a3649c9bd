"use client";
// The job-practice setup. Checked in the browser with the same schema and messages as the
// server action (lib/job-practice/setup.ts), so the rules live in one place. As the title is
// typed, the line under it says which question family it maps to, and the seniority the title
// implies ("Senior …", "Junior …") is chosen for the student until they choose one themselves.
import type { Seniority } from "@/lib/domain";
import { type FormEvent, startTransition, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { familyForTitle } from "@/lib/job-practice/families";
import { FOCUS_LABELS, FOCUSES } from "@/lib/job-practice/seniority";
import { DEFAULT_QUESTIONS, jobSetupSchema, MAX_QUESTIONS, MIN_QUESTIONS, setupMessages } from "@/lib/job-practice/setup";
import { JobTitleField, LanguageOptions, OFFLINE_LANGUAGE_NOTE, SeniorityOptions } from "./job-fields";

type Fields = { role: string; seniority: string; focus: string; questionCount: string; language: string };
type Problem = { message: string; field?: string };

const DEFAULT_SENIORITY: Seniority = "MID";

export function SetupForm({ start, modelConfigured }: { start: StateAction; modelConfigured: boolean }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(start, null);
  const [fields, setFields] = useState<Fields>({ role: "", seniority: DEFAULT_SENIORITY, focus: "MIXED", questionCount: String(DEFAULT_QUESTIONS), language: "en" });
  const [seniorityChosen, setSeniorityChosen] = useState(false);
  const [clientProblem, setClientProblem] = useState<Problem | null>(null);

  const mapped = familyForTitle(fields.role);
  const impliedSeniority = seniorityChosen ? null : mapped.seniority;
  // A browser-side refusal comes first; a server one is shown until the next submit goes out.
  const problem: Problem | null = clientProblem ?? (!pending && state && !state.ok ? { message: state.message, field: state.field } : null);
  const set = (name: keyof Fields) => (value: string) => setFields((f) => ({ ...f, [name]: value }));

  function onRoleChange(role: string) {
    // Until the student picks a level, the one the title implies (or the default) is chosen for them.
    setFields((f) => ({ ...f, role, seniority: seniorityChosen ? f.seniority : (familyForTitle(role).seniority ?? DEFAULT_SENIORITY) }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const parsed = jobSetupSchema.safeParse(fields);
    const problemHere: Problem | null = !parsed.success
      ? { message: parsed.error.issues[0]?.message ?? "Check the form and try again.", field: parsed.error.issues[0]?.path.map(String).join(".") }
      : !modelConfigured && parsed.data.language !== "en"
        ? { message: setupMessages.languageNeedsModel, field: "language" }
        : null;
    setClientProblem(problemHere);
    // The action is run here rather than by the form: a form action resets the form when it
    // ends, and a refused setup must stay as typed. (Without JavaScript the form posts as is.)
    event.preventDefault();
    if (!problemHere) {
      const data = new FormData(event.currentTarget);
      startTransition(() => action(data));
    }
  }

  const invalid = (name: keyof Fields) => (problem?.field === name ? true : undefined);
  const describedBy = (name: keyof Fields, ...more: string[]) => [...more, problem?.field === name ? "practice-error" : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid gap-5" data-testid="practice-form">
      <JobTitleField
        prefix="practice"
        value={fields.role}
        onChange={onRoleChange}
        placeholder="e.g. Senior React developer"
        invalid={invalid("role")}
        describedBy={problem?.field === "role" ? "practice-error" : undefined}
      />

      <div className="grid gap-5 sm:grid-cols-2">
        <div className="grid content-start gap-2">
          <Label htmlFor="practice-seniority">Level</Label>
          <NativeSelect
            id="practice-seniority"
            name="seniority"
            value={fields.seniority}
            onChange={(e) => {
              setSeniorityChosen(true);
              set("seniority")(e.target.value);
            }}
            aria-invalid={invalid("seniority")}
            aria-describedby={describedBy("seniority", impliedSeniority ? "practice-seniority-hint" : "")}
            data-testid="practice-seniority"
          >
            <SeniorityOptions />
          </NativeSelect>
          {impliedSeniority ? (
            <p id="practice-seniority-hint" className="text-xs text-muted-foreground">
              Chosen from the job title — change it if it is not right.
            </p>
          ) : null}
        </div>

        <div className="grid content-start gap-2">
          <Label htmlFor="practice-focus">Focus</Label>
          <NativeSelect
            id="practice-focus"
            name="focus"
            value={fields.focus}
            onChange={(e) => set("focus")(e.target.value)}
            aria-invalid={invalid("focus")}
            aria-describedby={describedBy("focus")}
            data-testid="practice-focus"
          >
            {FOCUSES.map((f) => (
              <option key={f} value={f}>
                {FOCUS_LABELS[f]}
              </option>
            ))}
          </NativeSelect>
        </div>

        <div className="grid content-start gap-2">
          <Label htmlFor="practice-count">Number of questions</Label>
          <Input
            id="practice-count"
            name="questionCount"
            type="number"
            inputMode="numeric"
            min={MIN_QUESTIONS}
            max={MAX_QUESTIONS}
            step={1}
            value={fields.questionCount}
            onChange={(e) => set("questionCount")(e.target.value)}
            aria-invalid={invalid("questionCount")}
            aria-describedby={describedBy("questionCount", "practice-count-hint")}
            className="max-w-32"
            data-testid="practice-count"
          />
          <p id="practice-count-hint" className="text-xs text-muted-foreground">
            Between {MIN_QUESTIONS} and {MAX_QUESTIONS}. Follow-up questions may be added.
          </p>
        </div>

        <div className="grid content-start gap-2">
          <Label htmlFor="practice-language">Language</Label>
          <NativeSelect
            id="practice-language"
            name="language"
            value={fields.language}
            onChange={(e) => set("language")(e.target.value)}
            aria-invalid={invalid("language")}
            aria-describedby={describedBy("language", modelConfigured ? "" : "practice-language-note")}
            data-testid="practice-language"
          >
            <LanguageOptions modelConfigured={modelConfigured} />
          </NativeSelect>
          {modelConfigured ? null : (
            <p id="practice-language-note" className="text-xs text-muted-foreground" data-testid="practice-language-note">
              {OFFLINE_LANGUAGE_NOTE}
            </p>
          )}
        </div>
      </div>

      {problem ? (
        <Alert id="practice-error" variant="destructive" data-testid="practice-error">
          {problem.message}
        </Alert>
      ) : null}

      <div>
        <Button type="submit" disabled={pending} data-testid="practice-start">
          {pending ? "Starting…" : "Start interview"}
        </Button>
      </div>
    </form>
  );
}
