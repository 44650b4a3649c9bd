// Lexical similarity features between an answer and its reference, the inputs of the
// calibrated offline score. All general: no per-question rules, nothing learned per answer.
import { terms } from "./text";

/** Inverse document frequency over a bank of reference texts (a topic's questions and answers). */
export type Idf = (term: string) => number;

export function buildIdf(documents: string[]): Idf {
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(terms(doc))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  return (t) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1;
}

export const uniformIdf: Idf = () => 1;

/** Stem match, or one stem extending the other ("slow"/"slower"). */
export function containsTerm(haystack: Set<string>, term: string): boolean {
  if (haystack.has(term)) return true;
  if (term.length < 4) return false;
  for (const h of haystack) if (h.length >= 4 && (h.startsWith(term) || term.startsWith(h))) return true;
  return false;
}

/** Character trigram counts of a text (letters and digits only), for typo- and order-tolerant similarity. */
export function trigrams(text: string): Map<string, number> {
  const m = new Map<string, number>();
  const s = ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")} `;
  for (let i = 0; i < s.length - 2; i++) {
    const g = s.slice(i, i + 3);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export type Features = {
  /** √ of the IDF-weighted share of the reference's content words found in the answer; words the question already uses are left out (students echo the question). */
  recall: number;
  /** √ of the IDF-weighted share of the answer's own content words that the reference uses. */
  precision: number;
  /** Character-trigram cosine between answer and reference (morphology, typos, word order). */
  chars: number;
  /** Answer length against the reference, on a log scale, capped at 2. */
  length: number;
};

export function features(question: string, reference: string, answer: string, idf: Idf = uniformIdf): Features {
  const questionTerms = new Set(terms(question));
  const referenceTerms = [...new Set(terms(reference))];
  const answerList = terms(answer);
  const answerTerms = new Set(answerList);
  const demoted = referenceTerms.filter((t) => !questionTerms.has(t));
  const target = demoted.length ? demoted : referenceTerms;
  const weight = (ts: string[]) => ts.reduce((s, t) => s + idf(t), 0);
  const recall = target.length ? weight(target.filter((t) => containsTerm(answerTerms, t))) / weight(target) : 0;
  const own = [...answerTerms].filter((t) => !questionTerms.has(t));
  const referenceSet = new Set(referenceTerms);
  const precision = own.length ? weight(own.filter((t) => containsTerm(referenceSet, t))) / weight(own) : 0;
  const length = Math.min(2, Math.log(1 + answerList.length) / Math.log(1 + Math.max(1, referenceTerms.length)));
  return { recall: Math.sqrt(recall), precision: Math.sqrt(precision), chars: cosine(trigrams(reference), trigrams(answer)), length };
}
