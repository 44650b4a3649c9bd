// A job-practice loop is several rounds, as real hiring is: each round is one interview session
// with its own focus, length and starting difficulty. This file proposes the rounds for a role
// family and level and holds the rules for the rounds a student picks and orders (one home,
// used by the setup form in the browser and its server action). No server imports.
import { z } from "zod";
import type { Seniority } from "@/lib/domain";
import type { RoleFamily } from "@/lib/question-bank";
import { type Focus, seniorityRank, STARTING_DIFFICULTY } from "./seniority";
import { MAX_QUESTIONS, MIN_QUESTIONS } from "./setup";

export const ROUND_KINDS = ["SCREENING", "FUNDAMENTALS", "CODING", "SYSTEM_DESIGN", "BEHAVIOURAL"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export type Round = {
  kind: RoundKind;
  title: string;
  /** One line on what the round checks, shown when the student picks rounds. */
  about: string;
  focus: Focus;
  questionCount: number;
  startLevel: "EASY" | "MEDIUM" | "HARD";
};

/** Families whose mid-level and senior interviews usually include designing a system. */
const DESIGNS_SYSTEMS: readonly RoleFamily[] = ["backend", "fullstack", "frontend", "mobile", "devops-sre", "data-ml"];
/** Families whose loops usually include writing code live (analysts and product roles are asked in words). */
const WRITES_CODE: readonly RoleFamily[] = [...DESIGNS_SYSTEMS, "qa-testing"];

export const ROUND_TITLES: Record<RoundKind, string> = {
  SCREENING: "Screening",
  FUNDAMENTALS: "Technical fundamentals",
  CODING: "Coding",
  SYSTEM_DESIGN: "System design",
  BEHAVIOURAL: "Behavioural",
};

const ABOUT: Record<RoundKind, string> = {
  SCREENING: "A short first conversation: your background, why this role, and a couple of basics.",
  FUNDAMENTALS: "The core knowledge of the role, question by question, getting harder as you do well.",
  CODING: "Write a working function in JavaScript or Python, run it against tests, then explain your approach and its complexity.",
  SYSTEM_DESIGN: "The hard end of the role's questions: architecture, trade-offs, scale and failure.",
  BEHAVIOURAL: "Stories from your own work: situation, what you did, and the result.",
};

const FOCUS: Record<RoundKind, Focus> = { SCREENING: "MIXED", FUNDAMENTALS: "TECHNICAL", CODING: "CODING", SYSTEM_DESIGN: "TECHNICAL", BEHAVIOURAL: "BEHAVIOURAL" };

/** A round of this kind for this level: screening starts easy, design at the hard end, the rest at the level's start. */
export function roundOf(kind: RoundKind, seniority: Seniority, questionCount: number): Round {
  const startLevel = kind === "SCREENING" ? "EASY" : kind === "SYSTEM_DESIGN" ? "HARD" : STARTING_DIFFICULTY[seniority];
  return { kind, title: ROUND_TITLES[kind], about: ABOUT[kind], focus: FOCUS[kind], questionCount, startLevel };
}

/** The rounds a loop for this role and level starts with; the student can drop, reorder and resize them. */
export function proposeRounds(family: RoleFamily, seniority: Seniority): Round[] {
  const rank = seniorityRank(seniority);
  const rounds = [roundOf("SCREENING", seniority, 3), roundOf("FUNDAMENTALS", seniority, rank <= 1 ? 5 : 6)];
  // A coding question takes 15–30 minutes: the fewest a round allows.
  if (WRITES_CODE.includes(family)) rounds.push(roundOf("CODING", seniority, MIN_QUESTIONS));
  // From mid-level up, engineering loops add a design round, asked at the hard end of the bank.
  if (rank >= 2 && DESIGNS_SYSTEMS.includes(family)) rounds.push(roundOf("SYSTEM_DESIGN", seniority, 3));
  rounds.push(roundOf("BEHAVIOURAL", seniority, rank >= 3 ? 5 : 4));
  return rounds;
}

/** Every kind of round, proposed ones first, for the setup form's "add a round" list. */
export function allRounds(family: RoleFamily, seniority: Seniority): Round[] {
  const proposed = proposeRounds(family, seniority);
  const rest = ROUND_KINDS.filter((k) => !proposed.some((r) => r.kind === k)).map((k) => roundOf(k, seniority, 3));
  return [...proposed, ...rest];
}

export const roundMessages = {
  none: "Pick at least one round.",
  duplicate: "Each round can be in the loop once.",
  kind: "Choose a round from the list.",
  questionCount: `Each round has between ${MIN_QUESTIONS} and ${MAX_QUESTIONS} questions.`,
};

/** The rounds a student picked, in their order: distinct rounds (one of each kind at most), each with its own length. */
export const loopRoundsSchema = z
  .array(
    z.object({
      kind: z.enum(ROUND_KINDS, { message: roundMessages.kind }),
      questionCount: z.coerce
        .number({ message: roundMessages.questionCount })
        .int(roundMessages.questionCount)
        .min(MIN_QUESTIONS, roundMessages.questionCount)
        .max(MAX_QUESTIONS, roundMessages.questionCount),
    }),
  )
  .min(1, roundMessages.none)
  .max(ROUND_KINDS.length, roundMessages.duplicate)
  .refine((rounds) => new Set(rounds.map((r) => r.kind)).size === rounds.length, roundMessages.duplicate);

export type LoopRounds = z.output<typeof loopRoundsSchema>;
