"use client";
// A loop's setup: the job title and level (as in a single interview), the rounds proposed for
// them (the student drops, reorders and resizes them), the language, and whether the saved resume
// and job description tailor the questions. Checked in the browser with the server's schema.
import Link from "next/link";
import { type FormEvent, startTransition, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import type { Seniority } from "@/lib/domain";
import { familyForTitle } from "@/lib/job-practice/families";
import { loopSetupSchema, readLoopForm } from "@/lib/job-practice/loop-setup";
import { DOCUMENTS_PATH } from "@/lib/job-practice/paths";
import { allRounds, proposeRounds } from "@/lib/job-practice/rounds";
import { setupMessages } from "@/lib/job-practice/setup";
import { type PickedRound, RoundPicker } from "./round-picker";
import { JobTitleField, LanguageOptions, OFFLINE_LANGUAGE_NOTE, SeniorityOptions } from "../job-fields";

export type DocumentsReady = { resume: "none" | "draft" | "confirmed"; jobDescription: boolean };

const DEFAULT_SENIORITY: Seniority = "MID";

function proposed(role: string, seniority: Seniority): PickedRound[] {
  const family = familyForTitle(role).family;
  const kinds = new Set(proposeRounds(family, seniority).map((r) => r.kind));
  return allRounds(family, seniority).map((round) => ({ round, included: kinds.has(round.kind), questionCount: String(round.questionCount) }));
}

export function LoopSetupForm({ start, modelConfigured, documents }: { start: StateAction; modelConfigured: boolean; documents: DocumentsReady }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(start, null);
  const [role, setRole] = useState("");
  const [seniority, setSeniority] = useState<Seniority>(DEFAULT_SENIORITY);
  const [seniorityChosen, setSeniorityChosen] = useState(false);
  const [rounds, setRounds] = useState<PickedRound[]>(() => proposed("", DEFAULT_SENIORITY));
  const [roundsChosen, setRoundsChosen] = useState(false);
  const [language, setLanguage] = useState("en");
  const [clientProblem, setClientProblem] = useState<{ message: string; field?: string } | null>(null);
  const problem = clientProblem ?? (!pending && state && !state.ok ? { message: state.message, field: state.field } : null);

  // Until the student edits the rounds, they follow the title and level.
  function retarget(nextRole: string, nextSeniority: Seniority) {
    if (!roundsChosen) setRounds(proposed(nextRole, nextSeniority));
  }
  function onRoleChange(value: string) {
    const level = seniorityChosen ? seniority : (familyForTitle(value).seniority ?? DEFAULT_SENIORITY);
    setRole(value);
    setSeniority(level);
    retarget(value, level);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = loopSetupSchema.safeParse(readLoopForm(data));
    const here = !parsed.success
      ? { message: parsed.error.issues[0]?.message ?? "Check the form and try again.", field: String(parsed.error.issues[0]?.path[0] ?? "") }
      : !modelConfigured && parsed.data.language !== "en"
        ? { message: setupMessages.languageNeedsModel, field: "language" }
        : null;
    setClientProblem(here);
    if (!here) startTransition(() => action(data));
  }

  const invalid = (name: string) => (problem?.field === name ? true : undefined);
  return (
    <form action={action} onSubmit={onSubmit} noValidate className="grid gap-6" data-testid="loop-form">
      <div className="grid gap-5 sm:grid-cols-[2fr_1fr]">
        <JobTitleField
          prefix="loop"
          value={role}
          onChange={onRoleChange}
          placeholder="e.g. Backend engineer"
          invalid={invalid("role")}
          describedBy={problem?.field === "role" ? "loop-error" : undefined}
        />
        <div className="grid content-start gap-2">
          <Label htmlFor="loop-seniority">Level</Label>
          <NativeSelect
            id="loop-seniority"
            name="seniority"
            value={seniority}
            onChange={(e) => {
              const level = e.target.value as Seniority;
              setSeniorityChosen(true);
              setSeniority(level);
              retarget(role, level);
            }}
            data-testid="loop-seniority"
          >
            <SeniorityOptions />
          </NativeSelect>
        </div>
      </div>

      <RoundPicker
        rounds={rounds}
        errorId={problem?.field === "rounds" ? "loop-error" : undefined}
        onChange={(next) => {
          setRoundsChosen(true);
          setRounds(next);
        }}
      />

      <fieldset className="grid gap-3">
        <legend className="text-sm font-medium">Tailor the questions</legend>
        <DocumentChoice
          name="useResume"
          label="Use my resume"
          available={documents.resume === "confirmed"}
          missing={documents.resume === "draft" ? "Your uploaded resume is waiting for you to check its text." : "No resume saved."}
        />
        <DocumentChoice name="useJobDescription" label="Use my job description" available={documents.jobDescription} missing="No job description saved." />
        <p className="text-xs text-muted-foreground">
          Questions about the skills they name are asked first, and the report compares the job&apos;s requirements with your resume and answers.{" "}
          <Link href={DOCUMENTS_PATH} className="underline" data-testid="loop-documents-link">
            Your resume and job description
          </Link>
        </p>
      </fieldset>

      <div className="grid max-w-xs gap-2">
        <Label htmlFor="loop-language">Language</Label>
        <NativeSelect
          id="loop-language"
          name="language"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          aria-invalid={invalid("language")}
          aria-describedby={modelConfigured ? undefined : "loop-language-note"}
          data-testid="loop-language"
        >
          <LanguageOptions modelConfigured={modelConfigured} />
        </NativeSelect>
        {modelConfigured ? null : (
          <p id="loop-language-note" className="text-xs text-muted-foreground">
            {OFFLINE_LANGUAGE_NOTE}
          </p>
        )}
      </div>

      {problem ? (
        <Alert id="loop-error" variant="destructive" data-testid="loop-error">
          {problem.message}
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={pending} data-testid="loop-start">
          {pending ? "Creating…" : "Create the loop"}
        </Button>
      </div>
    </form>
  );
}

function DocumentChoice({ name, label, available, missing }: { name: string; label: string; available: boolean; missing: string }) {
  const id = `loop-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        name={name}
        type="checkbox"
        className="mt-1 size-4"
        defaultChecked={available}
        disabled={!available}
        aria-describedby={available ? undefined : `${id}-note`}
        data-testid={id}
      />
      <div>
        <label htmlFor={id} className={available ? "" : "text-muted-foreground"}>
          {label}
        </label>
        {available ? null : (
          <p id={`${id}-note`} className="text-xs text-muted-foreground">
            {missing}
          </p>
        )}
      </div>
    </div>
  );
}
