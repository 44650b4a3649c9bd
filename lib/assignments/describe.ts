// What an assignment asks for, in one line for lists: "Topic: Hash tables", "Job practice: Data analyst (Junior · mixed focus · 5 questions)".
import { describeSetup } from "@/lib/job-practice/describe";
import { familyForTitle } from "@/lib/job-practice/families";
import type { JobSetup } from "@/lib/job-practice/setup";

export function describeAssignment(a: { topic: { name: string } | null; setup: JobSetup | null }): string {
  if (a.topic) return `Topic: ${a.topic.name}`;
  if (!a.setup) return "Job practice";
  const stored = { ...a.setup, family: familyForTitle(a.setup.role).family };
  return `Job practice: ${a.setup.role} (${describeSetup(stored, { withCount: true })})`;
}
