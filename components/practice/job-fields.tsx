"use client";
// The fields a single job-practice interview and a loop share: the job title (with suggestions
// and the question family it maps to, as the student types), and the level and language choices.
// `prefix` names the ids and test ids ("practice-role", "loop-role").
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SENIORITIES } from "@/lib/domain";
import { FAMILIES, familyForTitle, TITLE_SUGGESTIONS } from "@/lib/job-practice/families";
import { SENIORITY_LABELS } from "@/lib/job-practice/seniority";
import { INTERVIEW_LANGUAGES, ROLE_MAX_CHARS } from "@/lib/job-practice/setup";

export const OFFLINE_LANGUAGE_NOTE = "The built-in grader understands English only — other languages need a model configured by whoever runs this app.";

type TitleProps = {
  prefix: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  invalid?: boolean;
  /** More ids describing the field (an error line); the family line always does. */
  describedBy?: string;
};

export function JobTitleField({ prefix, value, onChange, placeholder, invalid, describedBy }: TitleProps) {
  const mapped = familyForTitle(value);
  return (
    <div className="grid content-start gap-2">
      <Label htmlFor={`${prefix}-role`}>Job title</Label>
      <Input
        id={`${prefix}-role`}
        name="role"
        list={`${prefix}-role-suggestions`}
        placeholder={placeholder}
        autoComplete="off"
        maxLength={ROLE_MAX_CHARS}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={[`${prefix}-family`, describedBy].filter(Boolean).join(" ")}
        data-testid={`${prefix}-role`}
      />
      <datalist id={`${prefix}-role-suggestions`}>
        {TITLE_SUGGESTIONS.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <p id={`${prefix}-family`} className="text-sm text-muted-foreground" aria-live="polite" data-testid={`${prefix}-family`}>
        Questions from: <span className="font-medium text-foreground">{mapped.matched ? FAMILIES[mapped.family].label : "a general software interview"}</span>
        {mapped.matched ? <span className="block">{FAMILIES[mapped.family].blurb}</span> : null}
      </p>
    </div>
  );
}

/** The levels, as <option>s. */
export function SeniorityOptions() {
  return SENIORITIES.map((s) => (
    <option key={s} value={s}>
      {SENIORITY_LABELS[s]}
    </option>
  ));
}

/** The interview languages, as <option>s: without a model only English can be chosen. */
export function LanguageOptions({ modelConfigured }: { modelConfigured: boolean }) {
  return INTERVIEW_LANGUAGES.map((l) => (
    <option key={l.code} value={l.code} disabled={!modelConfigured && l.code !== "en"}>
      {l.label}
    </option>
  ));
}
