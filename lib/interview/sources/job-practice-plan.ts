// A job-practice interview's plan from the built-in bank: the role family's technical questions
// and/or the behavioural ones (by focus) that suit the seniority, least-seen first, a few per
// difficulty for adaptive picking, and which kind each main question should be.
import { type Seniority, DIFFICULTIES, type QuestionKind } from "@/lib/domain";
import { buildPool } from "@/lib/interview/plan";
import type { InterviewStart, PlannedQuestion } from "@/lib/interview/types";
import { BEHAVIOURAL_BANK, type BankQuestion, CODING_BANK, TECHNICAL_BANK } from "@/lib/question-bank";
import { type Focus, seniorityRank, STARTING_DIFFICULTY } from "@/lib/job-practice/seniority";
import type { StoredSetup } from "@/lib/job-practice/stored-setup";

/** Follow-ups included: every main question may get one. */
export const MAX_JOB_TURNS = 20;

/** The kind of each main question: mixed interviews make every third one behavioural (the 3rd, 6th, 9th). */
export function kindSchedule(focus: Focus, count: number): QuestionKind[] {
  if (focus === "CODING") return Array.from({ length: count }, () => "CODE");
  return Array.from({ length: count }, (_, i) => (focus === "BEHAVIOURAL" || (focus === "MIXED" && i % 3 === 2) ? "BEHAVIOURAL" : "CONCEPT"));
}

export function suits(q: BankQuestion, seniority: Seniority): boolean {
  const rank = seniorityRank(seniority);
  return seniorityRank(q.seniority.min) <= rank && rank <= seniorityRank(q.seniority.max);
}

/** A built-in bank question as the plan carries it (a coding one with its spec); `extra`: e.g. why it was chosen. */
export const plannedFromBank = (q: BankQuestion, extra: Partial<PlannedQuestion> = {}): PlannedQuestion => ({
  id: q.id,
  text: q.text,
  difficulty: q.difficulty,
  referenceAnswer: q.referenceAnswer,
  keyPoints: q.keyPoints,
  kind: q.kind,
  origin: "bank",
  ...(q.code ? { code: q.code } : {}),
  ...extra,
});

const toPlanned = (q: BankQuestion, timesAsked: ReadonlyMap<string, number>) => ({ ...plannedFromBank(q), timesAsked: timesAsked.get(q.id) ?? 0 });

export function jobPracticePlan(setup: StoredSetup, timesAsked: ReadonlyMap<string, number>, seed: string): Omit<InterviewStart, "sessionId"> {
  const schedule = kindSchedule(setup.focus, setup.questionCount);
  const pool = (questions: BankQuestion[], kind: QuestionKind) => {
    const wanted = schedule.filter((k) => k === kind).length;
    if (wanted === 0) return [];
    // Up to `wanted` per difficulty (a run of strong or wrong answers can ask them all at one
    // level): questions for this seniority first, topped up from the rest of the family.
    const planned = (qs: BankQuestion[], salt: string) =>
      buildPool(
        qs.map((q) => toPlanned(q, timesAsked)),
        `${seed}:${kind}:${salt}`,
        wanted,
      );
    const fitting = planned(
      questions.filter((q) => suits(q, setup.seniority)),
      "fit",
    );
    const others = planned(
      questions.filter((q) => !suits(q, setup.seniority)),
      "rest",
    );
    return DIFFICULTIES.flatMap((level) => {
      const own = fitting.filter((q) => q.difficulty === level);
      return [...own, ...others.filter((q) => q.difficulty === level).slice(0, wanted - own.length)];
    });
  };
  const plan = [...pool(TECHNICAL_BANK[setup.family], "CONCEPT"), ...pool(BEHAVIOURAL_BANK, "BEHAVIOURAL"), ...pool(CODING_BANK, "CODE")];
  return {
    topicName: setup.role,
    plan,
    mainQuestions: setup.questionCount,
    maxTurns: Math.min(MAX_JOB_TURNS, setup.questionCount * 2),
    adaptive: true,
    startLevel: STARTING_DIFFICULTY[setup.seniority],
    kindSchedule: schedule,
  };
}
