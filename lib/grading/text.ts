// Text normalisation for the offline grader: lower-case, split, drop stop words, map
// synonyms to one form, stem. Deterministic and dependency-light on purpose.
import { stemmer } from "stemmer";

/** Words that carry no topic (also what delivery feedback leaves out of "words repeated most"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the and or but if then else of to in on at by for with from into onto over under as is are was were be been being " +
    "it its this that these those there here which who whom whose what when where why how than so such very can could " +
    "would should may might must will shall do does did done has have had having i you he she we they me him her us them " +
    "my your his our their also just only about any some each every all both more most other same own too again further " +
    "once while during before after above below up down out off between through until because one two get gets got use " +
    "used uses using like well really basically actually thing things way ways something lot lots"
  ).split(/\s+/),
);

// Words that deny what follows; a sentence with one does not "cover" a positive key point.
export const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "none",
  "neither",
  "nor",
  "cannot",
  "without",
  "isn't",
  "aren't",
  "doesn't",
  "don't",
  "can't",
  "won't",
  "wasn't",
  "weren't",
  "shouldn't",
  "didn't",
  "hasn't",
  "haven't",
]);

// Small, general synonym groups (first word is the canonical form). WordNet-scale coverage
// belongs to the grader-calibration work; these are common in CS answers.
const SYNONYM_GROUPS: string[][] = [
  ["fast", "quick", "rapid", "speedy", "efficient"],
  ["slow", "sluggish", "inefficient"],
  ["big", "large", "huge", "bigger", "larger"],
  ["small", "little", "tiny", "smaller"],
  ["store", "save", "hold", "keep", "retain"],
  ["remove", "delete", "erase", "eliminate", "drop", "pop"],
  ["add", "insert", "append", "push"],
  ["find", "search", "lookup", "locate", "retrieve", "access"],
  ["constant", "o(1)"],
  ["linear", "o(n)"],
  ["logarithmic", "log", "o(log", "logn"],
  ["quadratic", "o(n^2)", "o(n2)"],
  ["memory", "ram", "storage", "space"],
  ["error", "bug", "fault", "defect", "mistake"],
  ["function", "method", "procedure", "routine", "subroutine"],
  ["variable", "identifier"],
  ["program", "application", "software", "app"],
  ["computer", "machine"],
  ["begin", "start", "initiate", "commence"],
  ["end", "finish", "terminate", "stop", "complete"],
  ["order", "sequence", "sort", "sorted"],
  ["unique", "distinct"],
  ["spread", "scatter", "scattered", "disperse", "dispersed"],
  ["connect", "link", "point", "pointer", "reference"],
  ["same", "identical", "equal", "equivalent"],
  ["different", "distinct", "differ", "difference"],
  ["show", "display", "print", "output"],
  ["make", "create", "build", "construct", "generate"],
  ["change", "modify", "alter", "update", "mutate"],
  ["run", "execute", "perform"],
  ["check", "verify", "test", "validate"],
  ["first", "initial"],
  ["last", "final"],
  ["lifo", "last-in-first-out"],
  ["fifo", "first-in-first-out"],
];

const CANONICAL = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const w of group) if (!CANONICAL.has(w)) CANONICAL.set(w, group[0]!);

export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

/** Words as written (lower-case), keeping apostrophes so negations like "isn't" survive. */
export function words(text: string): string[] {
  return normalize(text).match(/[a-z0-9][a-z0-9'+^()-]*/g) ?? [];
}

/** One comparable form per content word: synonym-mapped, then stemmed. */
export function term(word: string): string | null {
  const w = word.replace(/^[-'(]+|[-')]+$/g, "");
  if (w.length < 2 && !/\d/.test(w)) return null;
  if (STOP_WORDS.has(w) || NEGATIONS.has(w)) return null;
  const canonical = CANONICAL.get(w) ?? CANONICAL.get(stemmer(w)) ?? w;
  return stemmer(canonical);
}

export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const t = term(w);
    if (t) out.push(t);
  }
  return out;
}

const isNegation = (w: string) => NEGATIONS.has(w) || w.endsWith("n't");

export function hasNegation(text: string): boolean {
  return words(text).some(isNegation);
}

/** How many negating words a sentence has (its meaning flips with each). */
/** Phrases that deny the word after them as "not" does ("the real site rather than an impostor"). */
const NEGATING_PHRASES = /\b(?:rather than|instead of|as opposed to)\b/g;

export function negationCount(text: string): number {
  return words(text).filter(isNegation).length + (normalize(text).match(NEGATING_PHRASES)?.length ?? 0);
}

/** Sentences (and long clauses split at semicolons) with their original text. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|[;\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** How many times the phrases occur as whole words (each phrase lower-case, words joined by one space); linear in the text. */
export function phraseCount(text: string, phrases: readonly string[]): number {
  const padded = ` ${words(text).join(" ")} `;
  let n = 0;
  for (const p of phrases) {
    let at = padded.indexOf(` ${p} `);
    while (at !== -1) {
      n++;
      at = padded.indexOf(` ${p} `, at + p.length + 1);
    }
  }
  return n;
}
