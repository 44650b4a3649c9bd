// How clearly an answer is put, apart from whether it is right: sentences of a length a listener
// can follow, few fragments and run-ons, little filler or repetition, and words that show the
// reasoning's shape ("because", "for example", "first … then"). A continuous 0–100 score, so
// answers differ; linear in the answer's length.
import { phraseCount, sentences, words } from "./text";

/** Filler a speaker or writer leans on; multi-word ones are matched as phrases. */
/** ("like" is left out: "like poles repel" is content, and words alone cannot tell them apart.) */
export const FILLERS = ["um", "uh", "er", "erm", "basically", "actually", "literally", "you know", "kind of", "sort of", "i mean", "i guess", "stuff", "whatever"];
/** Words that show an explanation's structure: cause, consequence, example, order, contrast. */
const SIGNPOSTS = [
  "because",
  "so",
  "therefore",
  "which means",
  "for example",
  "for instance",
  "such as",
  "first",
  "then",
  "finally",
  "however",
  "whereas",
  "while",
  "instead",
  "e.g",
];

/** Filler words per 100 words (multi-word fillers count once). */
export const fillerRate = (text: string) => {
  const n = words(text).length;
  return n ? (100 * phraseCount(text, FILLERS)) / n : 0;
};

export function clarityScore(answer: string): number {
  const ws = words(answer);
  if (ws.length === 0) return 0;
  const ss = sentences(answer)
    .map((s) => words(s).length)
    .filter((n) => n > 0);
  const count = Math.max(1, ss.length);
  const average = ws.length / count;
  let score = 80;
  // Very short answers say too little to be clear about anything.
  if (ws.length < 6) score -= 40;
  else if (ws.length < 12) score -= 12;
  // Sentences of 8–25 words are easiest to follow; each word of average beyond costs a little.
  if (average > 25) score -= Math.min(25, (average - 25) * 0.8);
  if (average < 6 && ws.length >= 6) score -= Math.min(15, (6 - average) * 4);
  // Fragments (under 4 words) and run-ons (over 45) in a longer answer.
  if (count >= 2) score -= 15 * (ss.filter((n) => n < 4).length / count);
  if (Math.max(...ss) > 45) score -= 10;
  // Filler: a few per 100 words is speech; beyond that it buries the content.
  score -= Math.min(25, Math.max(0, fillerRate(answer) - 2) * 3);
  // Saying the same words again and again.
  const distinct = new Set(ws).size / ws.length;
  if (ws.length > 20 && distinct < 0.45) score -= Math.min(25, (0.45 - distinct) * 100);
  // Showing the reasoning: cause, example, order.
  score += Math.min(12, phraseCount(answer, SIGNPOSTS) * 4);
  // A capital and end punctuation: written as sentences, not notes.
  if (/^[A-Z]/.test(answer.trim()) && /[.!?]["')\]]?$/.test(answer.trim())) score += 5;
  return Math.round(Math.max(0, Math.min(100, score)));
}
