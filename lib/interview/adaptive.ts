// Adaptive difficulty: after a strong main answer the next main question is one step harder,
// after a wrong one a step easier, after a shallow one the same — starting from the level the
// interview starts at (a seniority's, or easy for a class topic). Pure functions, so the path
// over any sequence of verdicts is unit-tested and the graph only calls them.
import { DIFFICULTIES, type Difficulty, type QuestionKind } from "@/lib/domain";
import type { PlannedQuestion, TurnResult } from "./types";

type Verdict = TurnResult["evaluation"]["verdict"];

const step = (level: Difficulty, by: number): Difficulty => DIFFICULTIES[Math.min(DIFFICULTIES.length - 1, Math.max(0, DIFFICULTIES.indexOf(level) + by))]!;

/** The level after each main answer's verdict, from `start`. Follow-ups do not move it: they probe the same question. */
export function nextLevel(start: Difficulty, mainVerdicts: Verdict[]): Difficulty {
  return mainVerdicts.reduce((level, verdict) => step(level, verdict === "strong" ? 1 : verdict === "wrong" ? -1 : 0), start);
}

/**
 * The main verdicts so far, in order (what moves the level). With `kind`, only answers to that
 * kind of question: a story told badly does not make the next technical question easier.
 */
export function mainVerdicts(results: TurnResult[], kind?: QuestionKind): Verdict[] {
  return results.filter((r) => r.kind === "MAIN" && (kind === undefined || (r.questionKind ?? "CONCEPT") === kind)).map((r) => r.evaluation.verdict);
}

/**
 * The first question not yet asked at `level`; when that level is used up, the nearest level
 * that still has one (the easier first on a tie, so a struggling candidate is not pushed).
 * With `kind`, questions of that kind come first whatever their level (a mixed interview's
 * behavioural slot stays behavioural); other kinds only when none of it is left.
 */
export function pickAtLevel(plan: PlannedQuestion[], askedIds: ReadonlySet<string>, level: Difficulty, kind?: QuestionKind): PlannedQuestion | null {
  const target = DIFFICULTIES.indexOf(level);
  let best: PlannedQuestion | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const q of plan) {
    if (askedIds.has(q.id)) continue;
    const index = DIFFICULTIES.indexOf(q.difficulty);
    const otherKind = kind !== undefined && (q.kind ?? "CONCEPT") !== kind;
    const distance = (otherKind ? 100 : 0) + Math.abs(index - target) * 2 + (index > target ? 1 : 0);
    if (distance < bestDistance) {
      best = q;
      bestDistance = distance;
    }
  }
  return best;
}
