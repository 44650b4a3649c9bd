// The screening round's opening questions, for every role family: the "walk me through…" that
// starts almost every real first call, and why this role. Graded on key points like concept
// questions (a story structure would be the wrong yardstick for a self-introduction). Written
// for this project. Key points are noun phrases, so the report's advice reads well
// ("make sure you can explain a concrete result or number").
import type { BankQuestion } from "./types";

const everyone = { min: "INTERN", max: "LEAD" } as const;

/** The first question when the student brought a resume. */
export const WALK_THROUGH_RESUME: BankQuestion = {
  id: "screening-walk-through-resume",
  kind: "CONCEPT",
  difficulty: "EASY",
  seniority: everyone,
  text: "Walk me through your resume: where you are now, the work you are proudest of, and what brings you to this role.",
  referenceAnswer:
    "A strong answer takes two minutes and tells a story rather than reading the resume line by line. It starts with the current role and what the candidate works on, picks one or two pieces of work with their own part and a concrete result, names the skills that carry over to this job, and ends with why this role is the natural next step.",
  keyPoints: [
    "the current role and its focus",
    "a personal contribution to one project",
    "a concrete result or number",
    "the skills that carry over to this job",
    "the next career step",
  ],
  tags: ["communication"],
};

/** The first question without a resume. */
export const WALK_THROUGH_BACKGROUND: BankQuestion = {
  ...WALK_THROUGH_RESUME,
  id: "screening-walk-through-background",
  text: "Walk me through your background: what you have studied or worked on, what you are best at, and what brings you to this role.",
  keyPoints: ["studies or current job", "a personal contribution to one project", "a concrete result or number", "strengths for this job", "the next career step"],
};

export const WHY_THIS_ROLE: BankQuestion = {
  id: "screening-why-this-role",
  kind: "CONCEPT",
  difficulty: "EASY",
  seniority: everyone,
  text: "Why this role, and why now? What would you want to have achieved after your first six months?",
  referenceAnswer:
    "A strong answer connects the candidate's own interests and experience to what the role actually does, shows they know what the team or product is about, and gives a concrete picture of early impact: learning the codebase or domain, shipping something useful, and building trust with the team.",
  keyPoints: [
    "motivation for this role now",
    "the fit between past experience and this role",
    "knowledge of the team or product",
    "a concrete result to reach early on",
    "learning the domain and the team",
  ],
  tags: ["motivation", "communication"],
};
