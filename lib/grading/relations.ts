// Who does what to whom, without a parser: a sentence is cut into segments at sentence ends,
// semicolons, colons and brackets (not commas: "last in, first out" is one statement), and at
// the words that join two statements ("while", "because", "into", "than", …), and each segment's
// content words are a small relation ("opposite poles attract"). An answer segment made of the
// reference's words that matches no single reference segment has recombined them — "like poles
// attract" from "opposite poles attract, while like poles repel" — and one that matches a
// segment but uses the opposite member of an antonym pair ("decreases" for "increases") reverses
// it. Linear in the answer's length times the reference's segments.
import { containsTerm } from "./features";
import { antonymOf } from "./meaning-checks";
import { normalize, term } from "./text";

/** Words that join two statements: each side is a relation of its own. */
const JOINERS = new Set("while whereas but because so since into than therefore although though unless then hence thus whilst yet instead rather which where when if".split(" "));

/** A segment's content terms, in order (stop words and joiners dropped, synonyms merged, stemmed). */
export function segments(text: string): string[][] {
  const out: string[][] = [];
  // A bracketed aside ("like poles (north and north) repel") is left out: the statement goes round it.
  for (const piece of normalize(text)
    .replace(/\([^()]*\)/g, " ")
    .split(/[;:.!?()\u2014\u2013]+|\s-\s/)) {
    let current: string[] = [];
    for (const w of piece.match(/[a-z0-9][a-z0-9'+^-]*/g) ?? []) {
      if (JOINERS.has(w)) {
        if (current.length) out.push(current);
        current = [];
        continue;
      }
      const t = term(w);
      if (t) current.push(t);
    }
    if (current.length) out.push(current);
  }
  return out;
}

export type RelationCheck = {
  /** Answer segments made mostly of the reference's words (the ones that can be checked). */
  checked: number;
  /** Of those, segments that recombine the reference's words or flip one of its antonyms. */
  contradicting: number;
};

const ALIGNED = 0.8;
/** How much longer than the answer's segment the reference's may be and still be the same statement. */
const LENGTH_SLACK = 4;

/** Compares each answer segment made of the reference's words with the reference segment it matches best. */
export function checkRelations(reference: string, answer: string): RelationCheck {
  const refSegments = segments(reference).map((s) => new Set(s));
  const refAll = new Set(refSegments.flatMap((s) => [...s]));
  let checked = 0;
  let contradicting = 0;
  for (const seg of segments(answer)) {
    const unique = [...new Set(seg)];
    if (unique.length < 2) continue;
    // An antonym of a reference word, where the segment does not also use the reference's word.
    const flipped = unique.filter((t) => {
      const opposite = antonymOf(t);
      return opposite !== null && containsTerm(refAll, opposite) && !containsTerm(refAll, t) && !unique.includes(opposite);
    });
    const known = unique.filter((t) => containsTerm(refAll, t) || flipped.includes(t));
    if (known.length / unique.length < ALIGNED) continue;
    checked++;
    // The reference segments sharing most words (an antonym counts as its counterpart).
    const shares = refSegments.map((r) => unique.filter((t) => containsTerm(r, t) || (flipped.includes(t) && containsTerm(r, antonymOf(t)!))).length);
    const best = Math.max(0, ...shares);
    if (best === 0) continue;
    const closest = refSegments.filter((_, i) => shares[i] === best);
    // A recombination puts another statement's word in place of one of this statement's (the
    // reference segment is not much longer, lacks a word the answer has, and has one the answer
    // lacks); an answer segment that only adds to a statement, or merges two, is not one.
    const own = new Set(unique);
    const substitutes = (r: Set<string>) => r.size <= unique.length + LENGTH_SLACK && [...r].some((t) => !containsTerm(own, t));
    const recombined = unique.length >= 3 && best / unique.length < ALIGNED && closest.some(substitutes);
    // The same two opposites in the opposite order ("a large one clusters …, a small one scatters"
    // for "a small one clusters …, a large one scatters").
    const reversed =
      best >= 2 &&
      closest.some((r) => {
        const order = [...r];
        return unique.some((t, i) => {
          const o = antonymOf(t);
          const j = o === null ? -1 : unique.indexOf(o);
          return j > i && order.includes(t) && order.includes(o!) && order.indexOf(t) > order.indexOf(o!);
        });
      });
    // The matching reference segment says the opposite ("small" where the answer says "large");
    // it must match on two words or more besides, or any segment sharing one word would do.
    const flips =
      best >= 2 &&
      closest.some((r) =>
        unique.some((t) => {
          const opposite = antonymOf(t);
          return opposite !== null && containsTerm(r, opposite) && !containsTerm(r, t) && !unique.includes(opposite);
        }),
      );
    if (recombined || flips || reversed) contradicting++;
  }
  return { checked, contradicting };
}
