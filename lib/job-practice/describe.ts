// One line describing a job-practice setup ("Senior · mixed focus · 5 questions"), for the room,
// the report and the lists of interviews.
import { plural } from "@/lib/plural";
import { FOCUS_LABELS, SENIORITY_LABELS } from "./seniority";
import { languageLabel } from "./setup";
import type { StoredSetup } from "./stored-setup";

export function describeSetup(setup: StoredSetup, options: { withCount?: boolean } = {}): string {
  const parts = [SENIORITY_LABELS[setup.seniority], `${FOCUS_LABELS[setup.focus].toLowerCase()} focus`];
  if (options.withCount) parts.push(plural(setup.questionCount, "question"));
  if (setup.language !== "en") parts.push(languageLabel(setup.language));
  return parts.join(" · ");
}
