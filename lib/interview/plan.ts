// Which bank questions an interview asks: a mix of difficulties, questions this student
// has seen least first, shuffled by a seed (the session id) so retakes differ, then
// ordered easy → hard. An adaptive interview gets a pool instead: the least-seen few of
// every difficulty, from which lib/interview/adaptive.ts picks as the verdicts come in.
import { type PlannedQuestion, MAX_TURNS } from "@/lib/interview/types";
import type { Difficulty } from "@/lib/domain";

export type BankQuestion = PlannedQuestion & { timesAsked: number };

const ORDER: Difficulty[] = ["EASY", "MEDIUM", "HARD"];
// Of 8 main questions at most: roughly 3 easy, 3 medium, 2 hard.
const SHARE: Record<Difficulty, number> = { EASY: 3, MEDIUM: 3, HARD: 2 };

function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

/** Per difficulty: least asked first, ties in a seeded random order. */
function leastSeenByDifficulty(bank: BankQuestion[], seed: string): Map<Difficulty, BankQuestion[]> {
  const random = seededRandom(seed);
  const keyed = bank.map((q) => ({ q, r: random() }));
  return new Map<Difficulty, BankQuestion[]>(
    ORDER.map((d) => [
      d,
      keyed
        .filter((k) => k.q.difficulty === d)
        .sort((a, b) => a.q.timesAsked - b.q.timesAsked || a.r - b.r)
        .map((k) => k.q),
    ]),
  );
}

const withoutCount = ({ timesAsked: _t, ...q }: BankQuestion): PlannedQuestion => q;

/** Up to `perLevel` least-seen questions of each difficulty, easy first (the checkpoint stays small however big the bank). */
export function buildPool(bank: BankQuestion[], seed: string, perLevel = MAX_TURNS): PlannedQuestion[] {
  const byDifficulty = leastSeenByDifficulty(bank, seed);
  return ORDER.flatMap((d) => byDifficulty.get(d)!.slice(0, perLevel).map(withoutCount));
}

export function buildPlan(bank: BankQuestion[], seed: string, size: number = MAX_TURNS): PlannedQuestion[] {
  const byDifficulty = leastSeenByDifficulty(bank, seed);
  const chosen: BankQuestion[] = [];
  for (const d of ORDER) chosen.push(...byDifficulty.get(d)!.splice(0, SHARE[d]));
  // Fill from whatever remains when a difficulty is short.
  const rest = ORDER.flatMap((d) => byDifficulty.get(d)!).sort((a, b) => a.timesAsked - b.timesAsked);
  while (chosen.length < size && rest.length) chosen.push(rest.shift()!);
  return chosen
    .slice(0, size)
    .sort((a, b) => ORDER.indexOf(a.difficulty) - ORDER.indexOf(b.difficulty))
    .map(withoutCount);
}
