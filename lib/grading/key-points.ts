// Key points are what a good answer must contain. When a question has none, derive them from the
// reference answer: one per sentence, and a long sentence split only where both halves are complete
// clauses ("…, so …", "…, but …") — never mid-clause, so a point always reads as a whole thought.
import { shapeOf } from "./phrasing";
import { terms } from "./text";

const MAX_POINTS = 6;
// "e.g.", "i. e.", "etc." and initials end with a full stop without ending the sentence.
const ABBREVIATION = /(?:^|\s)(?:[a-z]|e\.g|i\.e|etc|vs|cf|approx|[A-Z])\.$/i;

/** Sentences of a reference answer: split at . ! ? before a capital or digit (not after an abbreviation), at semicolons and line breaks. */
export function referenceSentences(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[;\n]+/)) {
    let start = 0;
    const re = /[.!?]+\s+(?=["“(]?[A-Z0-9])/g;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const head = part.slice(start, m.index + m[0].trimEnd().length);
      if (ABBREVIATION.test(head)) continue;
      out.push(head);
      start = m.index + m[0].length;
    }
    out.push(part.slice(start));
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

const JOINS = /,\s+(?:so|but|whereas|while|and|yet)\s+/i;

/** Splits at ", so|but|whereas|while|and|yet" only where each piece is a clause on its own. */
function clauses(sentence: string, long = terms(sentence).length > 14): string[] {
  if (!long) return [sentence];
  const m = JOINS.exec(sentence);
  if (!m) return [sentence];
  const left = sentence.slice(0, m.index);
  const right = sentence.slice(m.index + m[0].length);
  if (shapeOf(left) !== "clause" || shapeOf(right) !== "clause") return [sentence];
  return [left, ...clauses(right, true)];
}

export function deriveKeyPoints(referenceAnswer: string | null | undefined): string[] {
  if (!referenceAnswer?.trim()) return [];
  const points: string[] = [];
  for (const sentence of referenceSentences(referenceAnswer)) {
    for (const clause of clauses(sentence)) {
      const clean = clause.replace(/[.!?]+$/, "").trim();
      if (terms(clean).length >= 2) points.push(clean);
    }
  }
  return points.slice(0, MAX_POINTS);
}

export function keyPointsFor(question: { keyPoints: string[]; referenceAnswer: string | null }): string[] {
  const given = question.keyPoints.map((p) => p.trim()).filter(Boolean);
  return given.length > 0 ? given : deriveKeyPoints(question.referenceAnswer);
}

/** The subject of a key point ("a stack is last in first out" → "a stack"); tests use it to write a vague answer about a point. */
export function subjectOf(point: string): string {
  const clean = point.replace(/[.!?]+$/, "").trim();
  const m = clean.match(
    /^(.{3,80}?)\s+(?:is|are|was|were|means|mean|uses|use|takes|take|has|have|can|cannot|should|must|will|allows|allow|requires|require|prevents|prevent|keeps|keep|returns|return|gives|give|avoids|avoid|guarantees|guarantee|supports|support|suffers|happens|occurs|needs|need|stores|store|maps|map)\b/i,
  );
  const subject = (m?.[1] ?? clean).trim();
  const short = subject.split(/\s+/).slice(0, 8).join(" ");
  return short.length >= 3 ? short : clean.split(/\s+/).slice(0, 8).join(" ");
}
