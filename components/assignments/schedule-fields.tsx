"use client";
// The fields the create and edit forms share: title, instructions, opening and due dates (read in
// the browser's time zone, sent with it), attempt limit. Limits come from lib/assignments/validation.
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { INSTRUCTIONS_MAX_CHARS, MAX_ATTEMPTS, MIN_ATTEMPTS, TITLE_MAX_CHARS } from "@/lib/assignments/validation";

export type ScheduleDefaults = { title?: string; instructions?: string; opensAt?: string; dueAt?: string; maxAttempts?: string };

type Props = {
  prefix: string;
  defaults: ScheduleDefaults;
  timeZone: string | null;
  /** The field a refusal is about, and the id of the line that says why. */
  problemField?: string;
  errorId: string;
  titlePlaceholder: string;
};

export function ScheduleFields({ prefix, defaults, timeZone, problemField, errorId, titlePlaceholder }: Props) {
  const field = (name: string) => ({
    id: `${prefix}-${name}`,
    name,
    "aria-invalid": problemField === name ? true : undefined,
    "aria-describedby": problemField === name ? errorId : undefined,
    "data-testid": `${prefix}-${name}`,
  });
  return (
    <>
      <input type="hidden" name="timeZone" value={timeZone ?? ""} />
      <div className="grid gap-2 sm:col-span-2">
        <Label htmlFor={`${prefix}-title`}>Title (optional)</Label>
        <Input {...field("title")} maxLength={TITLE_MAX_CHARS} defaultValue={defaults.title} placeholder={titlePlaceholder} />
      </div>
      <div className="grid gap-2 sm:col-span-2">
        <Label htmlFor={`${prefix}-instructions`}>Instructions for students (optional)</Label>
        <Textarea {...field("instructions")} maxLength={INSTRUCTIONS_MAX_CHARS} rows={2} defaultValue={defaults.instructions} />
      </div>
      <div className="grid content-start gap-2">
        <Label htmlFor={`${prefix}-opensAt`}>Opens</Label>
        <Input {...field("opensAt")} type="datetime-local" required defaultValue={defaults.opensAt} />
      </div>
      <div className="grid content-start gap-2">
        <Label htmlFor={`${prefix}-dueAt`}>Due</Label>
        <Input {...field("dueAt")} type="datetime-local" required defaultValue={defaults.dueAt} />
      </div>
      <p className="text-xs text-muted-foreground sm:col-span-2" data-testid={`${prefix}-zone`}>
        Times are in your time zone{timeZone ? ` (${timeZone})` : ""}; students see them in theirs. Attempts started after the due date are allowed and marked late.
      </p>
      <div className="grid content-start gap-2">
        <Label htmlFor={`${prefix}-maxAttempts`}>Attempts allowed</Label>
        <Input
          {...field("maxAttempts")}
          type="number"
          inputMode="numeric"
          min={MIN_ATTEMPTS}
          max={MAX_ATTEMPTS}
          step={1}
          placeholder="No limit"
          defaultValue={defaults.maxAttempts}
          className="max-w-32"
        />
        <p className="text-xs text-muted-foreground">
          {MIN_ATTEMPTS}–{MAX_ATTEMPTS}, or empty for no limit. An interview ended before any answer does not count.
        </p>
      </div>
    </>
  );
}
