// Key points are what a good answer must contain. When a question has none, derive them
// from the reference answer: one per sentence, long sentences split at clause boundaries.
import { sentences, terms } from "./text";

const MAX_POINTS = 6;

export function deriveKeyPoints(referenceAnswer: string | null | undefined): string[] {
  if (!referenceAnswer?.trim()) return [];
  const points: string[] = [];
  for (const sentence of sentences(referenceAnswer)) {
    const clauses = terms(sentence).length > 14 ? sentence.split(/,\s+(?:so|but|whereas|while|which|and)\s+|:\s+/i) : [sentence];
    for (const clause of clauses) {
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

/** The subject of a key point ("a stack is last in first out" → "a stack"), for follow-ups that probe without giving the answer away. */
export function subjectOf(point: string): string {
  const clean = point.replace(/[.!?]+$/, "").trim();
  const m = clean.match(
    /^(.{3,80}?)\s+(?:is|are|was|were|means|mean|uses|use|takes|take|has|have|can|cannot|should|must|will|allows|allow|requires|require|prevents|prevent|keeps|keep|returns|return|gives|give|avoids|avoid|guarantees|guarantee|supports|support|suffers|happens|occurs|needs|need|stores|store|maps|map)\b/i,
  );
  const subject = (m?.[1] ?? clean).trim();
  const short = subject.split(/\s+/).slice(0, 8).join(" ");
  return short.length >= 3 ? short : clean.split(/\s+/).slice(0, 8).join(" ");
}
