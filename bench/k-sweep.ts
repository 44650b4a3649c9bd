// The examples benchmark: per question, k human-graded answers become the instructor's examples
// and the grader grades the rest with them (as the engine does once an instructor has graded k
// answers). Every k is scored on the same answers — each question's answers after its first
// MAX_K in a fixed shuffled order — so the figures for different k compare like with like.
import type { Idf } from "../lib/grading/features";
import { gradeOffline } from "../lib/grading/offline";
import type { GradingExample } from "../lib/grading/types";
import { humanLabel, macroF1, pearson, qwk } from "./metrics";

export const SWEEP_KS = [0, 3, 5, 10] as const;
const MAX_K = 10;

export type SweepItem = { qid: string; question: string; reference: string; answer: string; human: number };
export type SweepFigures = { k: number; n: number; pearson: number; qwk: number; macroF1: number };

/** FNV-1a: a fixed, seedless shuffle order (the same on every machine). */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A human score 0–5 as an instructor's example: the same scale and verdict bands the app uses. */
const asExample = (item: SweepItem, i: number): GradingExample => ({ id: `e${i}`, answer: item.answer, verdict: humanLabel(item.human), score: Math.round(item.human * 20) });

export function kSweep(items: SweepItem[], k: number, idf: Idf): SweepFigures {
  const byQuestion = new Map<string, SweepItem[]>();
  for (const item of items) byQuestion.set(item.qid, [...(byQuestion.get(item.qid) ?? []), item]);
  const scores: number[] = [];
  const human: number[] = [];
  const truth: ReturnType<typeof humanLabel>[] = [];
  const labels: ReturnType<typeof humanLabel>[] = [];
  for (const [qid, list] of byQuestion) {
    const ordered = list.map((item, i) => ({ item, key: hash(`${qid}:${i}:${item.answer}`) })).sort((a, b) => a.key - b.key);
    const examples = ordered.slice(0, k).map(({ item }, i) => asExample(item, i));
    for (const { item } of ordered.slice(MAX_K)) {
      const e = gradeOffline({ text: item.question, referenceAnswer: item.reference, keyPoints: [] }, item.answer, { idf, examples });
      scores.push(e.scores.overall);
      human.push(item.human);
      truth.push(humanLabel(item.human));
      labels.push(e.verdict);
    }
  }
  return { k, n: scores.length, pearson: pearson(scores, human), qwk: qwk(truth, labels), macroF1: macroF1(truth, labels) };
}

export const formatSweep = (f: SweepFigures) =>
  `k=${String(f.k).padEnd(3)} n=${String(f.n).padEnd(5)} Pearson ${f.pearson.toFixed(3)} · QWK ${f.qwk.toFixed(3)} · macro-F1 ${f.macroF1.toFixed(3)}`;
