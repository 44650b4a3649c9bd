// Checks that catch answers which share the reference's words without its meaning, and that
// forgive misspelt words: all general (no per-question rules), each linear or bounded in the
// answer's length. The offline grader applies them around its calibrated similarity.
import { stemmer } from "stemmer";
import { negationCount, sentences, term, terms, words } from "./text";

/**
 * Words every English sentence needs (articles, pronouns, prepositions, auxiliaries): a run of
 * content words without them ("attract poles opposite like repel poles") is a keyword list, not
 * an explanation.
 */
const FUNCTION_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from into as is are was were be been being it its this that these " +
    "those there which who what when where how than so can could would should may might must will do does did has have had " +
    "i you he she we they them their our my your his her not no because then while each every all both one more less"
  ).split(" "),
);

/** True for a keyword list: at least 5 words and under 10 % function words (a dense sentence of the reference has about 13 %). */
export function isKeywordSalad(answer: string): boolean {
  const ws = words(answer);
  if (ws.length < 5) return false;
  const functional = ws.filter((w) => FUNCTION_WORDS.has(w)).length;
  return functional / ws.length < 0.1;
}

// Common pairs whose swap reverses a statement's meaning. Compared as the grader's terms (stems).
const ANTONYM_PAIRS: [string, string][] = [
  ["higher", "lower"],
  ["high", "low"],
  ["increase", "decrease"],
  ["increases", "decreases"],
  ["more", "less"],
  ["more", "fewer"],
  ["before", "after"],
  ["attract", "repel"],
  ["faster", "slower"],
  ["fast", "slow"],
  ["larger", "smaller"],
  ["bigger", "smaller"],
  ["above", "below"],
  ["positive", "negative"],
  ["true", "false"],
  ["maximum", "minimum"],
  ["rise", "fall"],
  ["rose", "fell"],
  ["rising", "falling"],
  ["quickly", "slowly"],
  ["cheap", "expensive"],
  ["cheap", "costly"],
  ["rare", "common"],
  ["gain", "lose"],
  ["accept", "reject"],
  ["first", "last"],
  ["inside", "outside"],
  ["strong", "weak"],
  ["enable", "disable"],
  ["allow", "deny"],
  ["long", "short"],
  ["hot", "cold"],
  ["expand", "contract"],
  ["absorb", "release"],
  ["input", "output"],
  ["add", "remove"],
  ["start", "end"],
  ["early", "late"],
  ["constant", "linear"],
  ["sorted", "unsorted"],
  ["synchronous", "asynchronous"],
  ["encrypt", "decrypt"],
  ["upper", "lower"],
  ["heavier", "lighter"],
  ["warmer", "cooler"],
  ["acid", "base"],
  ["oxidation", "reduction"],
  ["import", "export"],
  ["supply", "demand"],
];
// Stems of every word, stop words included: "more", "before" and "above" carry meaning here.
const STEM_PAIRS = ANTONYM_PAIRS.map(([a, b]) => [stemmer(a), stemmer(b)] as const);
const stems = (text: string) => new Set(words(text).map((w) => stemmer(w)));

/** The grader's term (stem) that is the other side of an antonym pair from this one, or null. */
const OPPOSITES = new Map<string, string>();
for (const [a, b] of ANTONYM_PAIRS) {
  const [ta, tb] = [term(a) ?? stemmer(a), term(b) ?? stemmer(b)];
  if (!OPPOSITES.has(ta)) OPPOSITES.set(ta, tb);
  if (!OPPOSITES.has(tb)) OPPOSITES.set(tb, ta);
}
export const antonymOf = (t: string): string | null => OPPOSITES.get(t) ?? null;

/**
 * The answer says the opposite of the reference with the same vocabulary: it uses one side of an
 * antonym pair where the reference uses the other, and never the reference's side.
 */
export function flipsAntonym(reference: string, answer: string): boolean {
  const ref = stems(reference);
  const ans = stems(answer);
  return STEM_PAIRS.some(([a, b]) => (ref.has(a) && !ref.has(b) && ans.has(b) && !ans.has(a)) || (ref.has(b) && !ref.has(a) && ans.has(a) && !ans.has(b)));
}

function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Bounded Levenshtein: words are short, and only vocabulary words of similar length are compared.
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return false;
    prev = row;
  }
  return prev[b.length]! <= max;
}

/**
 * The answer with misspelt words replaced by the vocabulary word they nearly match (one edit, two
 * for long words), so three typos do not make a correct answer look off-topic. Words already in
 * the vocabulary, short words and numbers are left alone; the answer's own text is kept for quotes.
 */
export function correctTypos(answer: string, vocabulary: ReadonlySet<string>): string {
  const vocab = [...vocabulary].filter((w) => w.length >= 4);
  if (vocab.length === 0) return answer;
  const known = new Set(vocabulary);
  return answer.replace(/[A-Za-z][A-Za-z'-]{4,40}/g, (word) => {
    const w = word.toLowerCase();
    if (known.has(w)) return word;
    const max = w.length >= 8 ? 2 : 1;
    const match = vocab.find((v) => v[0] === w[0] && withinEdits(w, v, max));
    return match ?? word;
  });
}

/** The share of a reference sentence's words an answer sentence must use to count as restating it. */
const RESTATED_PART = 0.5;

/**
 * How nearly (0–1) an answer sentence restates one of the reference's sentences with a negation
 * more than it has ("is not" for "is", "not … without" for "without"): the share of its words
 * that sentence uses. It must say a fair part of that sentence: "they can't" after a long
 * sentence negates something else. 0 when no sentence does.
 */
export function negatedRestatement(reference: string, answerSentences: readonly string[]): number {
  const referenceSentences = sentences(reference).map((r) => ({ terms: new Set(terms(r)), negations: negationCount(r) }));
  let most = 0;
  for (const s of answerSentences) {
    const ts = terms(s);
    const negations = negationCount(s);
    if (negations === 0 || ts.length < 3) continue;
    // Against the reference sentence it shares most words with.
    let best: (typeof referenceSentences)[number] | undefined;
    let bestShare = 0;
    for (const r of referenceSentences) {
      const share = ts.filter((t) => r.terms.has(t)).length / ts.length;
      if (share > bestShare) [best, bestShare] = [r, share];
    }
    if (!best || negations <= best.negations) continue;
    const said = new Set(ts.filter((t) => best.terms.has(t))).size / Math.max(1, best.terms.size);
    if (said >= RESTATED_PART) most = Math.max(most, bestShare);
  }
  return most;
}
