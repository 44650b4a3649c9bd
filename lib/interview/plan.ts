// Which bank questions an interview asks: a mix of difficulties, questions this student
// has seen least first, shuffled by a seed (the session id) so retakes differ, then
// ordered easy → hard.
import type { PlannedQuestion } from "@/lib/interview/types";
import { MAX_TURNS } from "@/lib/interview/types";
import type { Difficulty } from "@/lib/domain";

type BankQuestion = PlannedQuestion & { timesAsked: number };

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

export function buildPlan(bank: BankQuestion[], seed: string, size: number = MAX_TURNS): PlannedQuestion[] {
  const random = seededRandom(seed);
  const keyed = bank.map((q) => ({ q, r: random() }));
  const byDifficulty = new Map<Difficulty, BankQuestion[]>(
    ORDER.map((d) => [
      d,
      keyed
        .filter((k) => k.q.difficulty === d)
        .sort((a, b) => a.q.timesAsked - b.q.timesAsked || a.r - b.r)
        .map((k) => k.q),
    ]),
  );
  const chosen: BankQuestion[] = [];
  for (const d of ORDER) chosen.push(...byDifficulty.get(d)!.splice(0, SHARE[d]));
  // Fill from whatever remains when a difficulty is short.
  const rest = ORDER.flatMap((d) => byDifficulty.get(d)!).sort((a, b) => a.timesAsked - b.timesAsked);
  while (chosen.length < size && rest.length) chosen.push(rest.shift()!);
  return chosen
    .slice(0, size)
    .sort((a, b) => ORDER.indexOf(a.difficulty) - ORDER.indexOf(b.difficulty))
    .map(({ timesAsked: _t, ...q }) => q);
}
