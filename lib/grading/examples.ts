// Learning from the instructor: answers an instructor graded for a question (examples) pull the
// offline grade of a similar answer toward theirs. Weighted nearest neighbours: each example
// weighs its similarity to the answer to the 8th power (the closest dominate), and the blend
// trusts the examples as much as the closest one resembles the answer, a little less when there
// are few. Constants fitted on the train half of Mohler et al. with 5 examples per question
// (bench:grader prints the k-sweep on the held-out half); no per-question rules.
import { cosine, type Idf, trigrams, uniformIdf } from "./features";
import { terms } from "./text";
import { type GradingExample, MAX_INFLUENCING_EXAMPLES, type VerdictLabel } from "./types";

/** Fitted on the train half (npm run bench:fit-examples): weight = similarity^POWER; trust = closest × n / (n + PRIOR). */
export const EXAMPLE_FIT = { power: 8, prior: 0.25, maxTrust: 0.95, wordShare: 0.7 };
/** The instructors' scale: a human 4/5 is strong, under 2/5 wrong (what the benchmark's humans mean too). */
const EXAMPLE_THRESHOLDS = { strong: 80, wrong: 40 };
/** An example moving a grade less than this share of the blend is not named on the transcript. */
const NAMED_SHARE = 0.1;

export type ExampleInfluence = { id: string; verdict: VerdictLabel; score: number; similarity: number };

/** Content words weighted by rarity; the question's own words count half (every answer echoes them). */
function wordVector(text: string, idf: Idf, questionTerms: Set<string>): Map<string, number> {
  const v = new Map<string, number>();
  for (const t of terms(text)) v.set(t, (v.get(t) ?? 0) + idf(t) * (questionTerms.has(t) ? 0.5 : 1));
  return v;
}

/** Each example with its similarity to the answer (0–1), closest first. */
export function nearestExamples(question: string, answer: string, examples: readonly GradingExample[], idf: Idf = uniformIdf): (GradingExample & { similarity: number })[] {
  const questionTerms = new Set(terms(question));
  const words = wordVector(answer, idf, questionTerms);
  const chars = trigrams(answer);
  const share = EXAMPLE_FIT.wordShare;
  return examples
    .map((e) => ({ ...e, similarity: share * cosine(words, wordVector(e.answer, idf, questionTerms)) + (1 - share) * cosine(chars, trigrams(e.answer)) }))
    .sort((a, b) => b.similarity - a.similarity);
}

export type ExampleBlend = {
  /** The grade after the examples: the reference-based score moved toward the neighbours'. */
  score: number;
  /** 0–1: how far it moved (0 with no examples). */
  trust: number;
  /** Verdict thresholds on the blended score: the grader's own scale moved toward the instructors'. */
  thresholds: { strong: number; wrong: number };
  /** The examples that moved it, closest first. */
  influences: ExampleInfluence[];
};

/** Blends a reference-based score (with its own verdict thresholds) with the examples' grades. */
export function blendWithExamples(score: number, thresholds: { strong: number; wrong: number }, neighbours: readonly (GradingExample & { similarity: number })[]): ExampleBlend {
  const weights = neighbours.map((n) => n.similarity ** EXAMPLE_FIT.power);
  const total = weights.reduce((a, b) => a + b, 0);
  const closest = neighbours[0]?.similarity ?? 0;
  if (total <= 0 || closest <= 0) return { score, trust: 0, thresholds, influences: [] };
  const knn = neighbours.reduce((s, n, i) => s + weights[i]! * n.score, 0) / total;
  const n = neighbours.length;
  const trust = Math.min(EXAMPLE_FIT.maxTrust, closest * (n / (n + EXAMPLE_FIT.prior)));
  const mix = (own: number, theirs: number) => (1 - trust) * own + trust * theirs;
  const influences = neighbours
    .map((e, i) => ({ e, share: weights[i]! / total }))
    .filter(({ share }) => share * trust >= NAMED_SHARE)
    .slice(0, MAX_INFLUENCING_EXAMPLES)
    .map(({ e }) => ({ id: e.id, verdict: e.verdict, score: e.score, similarity: Math.round(e.similarity * 100) / 100 }));
  return {
    score: Math.round(mix(score, knn)),
    trust,
    thresholds: { strong: mix(thresholds.strong, EXAMPLE_THRESHOLDS.strong), wrong: mix(thresholds.wrong, EXAMPLE_THRESHOLDS.wrong) },
    influences,
  };
}
