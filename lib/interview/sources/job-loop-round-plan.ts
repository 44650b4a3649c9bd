// A loop round's plan from the built-in bank. Screening asks its opening questions in order
// ("walk me through your resume", why this role), then a tailored or easy technical one; the
// other rounds are a job-practice plan with the round's focus, length and starting level, with
// questions about the candidate's own skills first ("You mention Kafka. …").
import type { InterviewStart, PlannedQuestion, QuestionBasis } from "@/lib/interview/types";
import { BEHAVIOURAL_BANK, type BankQuestion, TECHNICAL_BANK } from "@/lib/question-bank";
import { WALK_THROUGH_BACKGROUND, WALK_THROUGH_RESUME, WHY_THIS_ROLE } from "@/lib/question-bank/screening";
import type { Round } from "@/lib/job-practice/rounds";
import { tailoredQuestions } from "@/lib/job-practice/skills/match";
import { SKILLS } from "@/lib/job-practice/skills/vocabulary";
import type { StoredSetup } from "@/lib/job-practice/stored-setup";
import { skillIndex, skillsToAsk, type Tailoring } from "@/lib/job-practice/tailoring";
import { buildPlan } from "../plan";
import { jobPracticePlan, MAX_JOB_TURNS, plannedFromBank, suits } from "./job-practice-plan";

/** Tailored questions per round (screening: one, after its two openers). */
const TAILORED_PER_ROUND = 2;
const SKILL_BY_ID = new Map(SKILLS.map((s) => [s.id, s]));

export type RoundPlanInput = {
  setup: StoredSetup;
  round: Round;
  /** The round's 0-based place in the loop: each round asks about different skills. */
  roundIndex: number;
  tailoring: Tailoring | null;
  hasResume: boolean;
  timesAsked: ReadonlyMap<string, number>;
  seed: string;
};

/** Why the question is asked, in the candidate's words where they wrote it. */
export function framed(from: QuestionBasis["from"], said: string, question: string): string {
  return from === "job-description" ? `The job description asks for ${said}. ${question}` : `You mention ${said}. ${question}`;
}

/**
 * Bank questions about the skills the resume and job description name, framed with where they
 * came from; `easyOnly` keeps to easy and medium ones (screening asks "a couple of basics").
 */
export function tailoredFor(input: RoundPlanInput, limit: number, easyOnly = false): PlannedQuestion[] {
  if (!input.tailoring || limit === 0) return [];
  const skills = skillsToAsk(input.tailoring);
  const bySkill = new Map(skills.map((s) => [s.skillId, s]));
  const mentions = skills.flatMap((s) => {
    const skill = SKILL_BY_ID.get(s.skillId);
    return skill ? [{ skill, count: s.count, said: s.said, evidence: "" }] : [];
  });
  const bank = (input.round.kind === "BEHAVIOURAL" ? BEHAVIOURAL_BANK : TECHNICAL_BANK[input.setup.family]).filter(
    (q) => suits(q, input.setup.seniority) && !(easyOnly && q.difficulty === "HARD"),
  );
  // Every skill the bank can ask about, best first; round i starts further down the list, so
  // each round asks about different skills (cycling when there are few).
  const askable = tailoredQuestions(mentions, bank, skillIndex(), mentions.length);
  const shift = askable.length ? (input.roundIndex * TAILORED_PER_ROUND) % askable.length : 0;
  const picked = [...askable.slice(shift), ...askable.slice(0, shift)].slice(0, limit);
  return picked.map((t) => {
    const kept = bySkill.get(t.skill.id)!;
    return plannedFromBank(t.question, { text: framed(kept.from, kept.said, t.question.text), basis: { from: kept.from, about: t.skill.name } });
  });
}

export function roundPlan(input: RoundPlanInput): Omit<InterviewStart, "sessionId"> {
  const { setup, round } = input;
  const common = { topicName: setup.role, mainQuestions: round.questionCount, maxTurns: Math.min(MAX_JOB_TURNS, round.questionCount * 2) };
  if (round.kind === "SCREENING") {
    const openers = [plannedFromBank(input.hasResume ? WALK_THROUGH_RESUME : WALK_THROUGH_BACKGROUND), plannedFromBank(WHY_THIS_ROLE)];
    const tailored = tailoredFor(input, 1, true);
    const asked = new Set(tailored.map((q) => q.id));
    // Then the easiest technical questions that suit the level, least asked first.
    const basics = buildPlan(
      TECHNICAL_BANK[setup.family]
        .filter((q) => suits(q, setup.seniority) && q.difficulty === "EASY" && !asked.has(q.id))
        .map((q) => ({ ...plannedFromBank(q), timesAsked: input.timesAsked.get(q.id) ?? 0 })),
      input.seed,
    );
    return { ...common, plan: [...openers, ...tailored, ...basics].slice(0, round.questionCount) };
  }
  const base = jobPracticePlan({ ...setup, focus: round.focus, questionCount: round.questionCount }, input.timesAsked, input.seed);
  // Tailored questions are asked in words: a coding round is the bank's coding questions only.
  const tailored = round.kind === "CODING" ? [] : tailoredFor(input, TAILORED_PER_ROUND);
  const ids = new Set(tailored.map((q) => q.id));
  // First in the pool, so adaptive picking takes them whenever their level comes up.
  return { ...base, ...common, startLevel: round.startLevel, plan: [...tailored, ...base.plan.filter((q) => !ids.has(q.id))] };
}
