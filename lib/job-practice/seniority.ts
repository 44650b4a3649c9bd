// Job-practice vocabulary shared by the setup form, the built-in bank, the plan and the report
// (no server imports: the setup form checks it in the browser too).
import { SENIORITIES, type Seniority } from "@/lib/domain";

export const SENIORITY_LABELS: Record<Seniority, string> = { INTERN: "Intern", JUNIOR: "Junior", MID: "Mid-level", SENIOR: "Senior", LEAD: "Lead / staff" };

/** CODING: write code that passes tests in the room's editor, and explain it (lib/questions/code/). */
export const FOCUSES = ["TECHNICAL", "BEHAVIOURAL", "MIXED", "CODING"] as const;
export type Focus = (typeof FOCUSES)[number];
export const FOCUS_LABELS: Record<Focus, string> = { TECHNICAL: "Technical", BEHAVIOURAL: "Behavioural", MIXED: "Mixed", CODING: "Coding" };

/** Where a seniority's interview starts on the easy → hard scale (adaptive difficulty moves from here). */
export const STARTING_DIFFICULTY: Record<Seniority, "EASY" | "MEDIUM" | "HARD"> = { INTERN: "EASY", JUNIOR: "EASY", MID: "MEDIUM", SENIOR: "MEDIUM", LEAD: "HARD" };

export function seniorityRank(s: Seniority): number {
  return SENIORITIES.indexOf(s);
}
