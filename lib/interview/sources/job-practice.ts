import "server-only";
// Job practice: any signed-in student, no class needed. The questions come from the built-in
// bank for the role's family and level (or, with a model, a plan it writes for the role —
// graph/nodes/plan-interview.ts — with the bank plan as its fallback). Difficulty adapts.
// Only its student can read it: instructors never see job practice.
import { bankTimesAsked } from "@/lib/db/queries/job-practice";
import { AppError } from "@/lib/errors";
import { familyForTitle } from "@/lib/job-practice/families";
import { jobPracticePlan } from "./job-practice-plan";
import { describeSetup } from "@/lib/job-practice/describe";
import { FOCUS_LABELS, SENIORITY_LABELS } from "@/lib/job-practice/seniority";
import { type JobSetup, languageLabel, setupMessages } from "@/lib/job-practice/setup";
import { readSetup, type StoredSetup } from "@/lib/job-practice/stored-setup";
import type { InterviewSource } from "./source";

export const JOB_PRACTICE_PATH = "/practice";

function storedSetupOf(session: { setup: unknown }): StoredSetup {
  const setup = readSetup(session.setup);
  if (!setup) throw new AppError("internal:interview", "This interview's setup could not be read. Start a new one from Job practice.");
  return setup;
}

export const jobPracticeSource: InterviewSource<JobSetup> = {
  id: "JOB_PRACTICE",

  openKey: (student) => `${student.id}:job`,
  // One at a time: starting another would silently abandon the open one.
  openConflict: (open) => `You have a job-practice interview in progress (${open.title}). Resume it or end it before starting another.`,

  async prepare(student, setup, { withModel }) {
    if (setup.language !== "en" && !withModel) throw new AppError("bad_request:interview", setupMessages.languageNeedsModel);
    const stored: StoredSetup = { ...setup, family: familyForTitle(setup.role).family };
    return { openKey: jobPracticeSource.openKey(student, setup), source: "JOB_PRACTICE", setup: stored, title: setup.role, questionCount: setup.questionCount };
  },

  async plan(session, { withModel }) {
    const setup = storedSetupOf(session);
    const start = jobPracticePlan(setup, await bankTimesAsked(session.studentId), session.id);
    // A model writes no tests: coding interviews always come from the built-in bank.
    if (!withModel || setup.focus === "CODING") return start;
    return {
      ...start,
      generatePlan: { role: setup.role, seniority: SENIORITY_LABELS[setup.seniority], focus: FOCUS_LABELS[setup.focus], language: languageLabel(setup.language) },
    };
  },

  // Every main question is asked (each may get one follow-up on top).
  progressLabel: (asked, planned) => (planned ? `Question ${Math.min(asked, planned)} of ${planned}` : `Question ${asked}`),

  readableBy: async () => false,

  labels(session) {
    const setup = readSetup(session.setup);
    return {
      title: session.title,
      subtitle: setup ? describeSetup(setup, { withCount: true }) : "",
      backHref: JOB_PRACTICE_PATH,
      backLabel: "Back to job practice",
      kind: "Job practice",
      offersPractiseAgain: true,
    };
  },
};
