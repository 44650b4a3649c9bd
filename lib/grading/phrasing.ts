// Putting a key point inside one of our own sentences (follow-ups, report lines) so it reads as
// English: tidy its case, and tell a complete clause ("a stack is last in first out") from a noun
// phrase ("abstraction and reusability") from anything else ("at the main function"), which is quoted.
// Heuristics, not a parser: when unsure, the point is classed "other" and quoted, which is always grammatical.

export type PointShape = "clause" | "noun" | "other";

const DETERMINERS = new Set("a an the this that these those each every its their his her our your some any no all both".split(" "));
const AUXILIARIES = new Set(
  "is are was were can cannot could will would should must may might has have had does do did isn't aren't wasn't weren't can't couldn't won't wouldn't shouldn't doesn't don't didn't hasn't haven't".split(
    " ",
  ),
);
// Verbs that commonly follow a plural subject in base form ("linked lists use", "threads share").
const BASE_VERBS = new Set(
  "use implement share store hold keep allow require need provide contain support make take run return give avoid prevent call create point reduce increase improve help let mean cause depend refer represent become remain stay work happen occur change get include define describe determine execute handle check ensure guarantee map grow shrink".split(
    " ",
  ),
);
// Words after which the rest is an example list or a relative clause, never the main verb.
const SCAN_STOPS = new Set("such like e.g. i.e. that which who whom whose where when if because although unless".split(" "));
const LEADING_FRAGMENT = new Set(
  "to at in on by for from with without into onto of about as than because since unless although though while whereas so and or but based using via".split(" "),
);
const SUBORDINATORS = new Set("if when because although though since unless once while whenever after before".split(" "));
// A point that starts with one of these is an instruction ("use a lock around …"), not a statement.
const IMPERATIVES = new Set(
  "use add look measure track reduce divide traverse implement keep pop push find avoid check make take run call create write store compare sort split merge replace insert remove delete declare define".split(
    " ",
  ),
);
const ADVERBS = new Set("also only both all often always never usually still then".split(" "));
const PRONOUNS = new Set("they we you i".split(" "));
const PREPOSITIONS = new Set("to at in on by for from with into onto of about as than through over under between across within".split(" "));
// Capitalised words that must stay capitalised wherever they stand.
const PROPER_NOUNS = new Set(
  "java javascript typescript python ruby rust go kotlin swift linux unix windows macos android ios git github docker kubernetes react node dijkstra bellman ford kruskal prim huffman turing von neumann bayes euler boolean excel postgresql mysql oracle amazon google english".split(
    " ",
  ),
);
// SQL keywords written in lower case in a bank ("where filters rows", "after group by") read as
// ordinary English words mid-sentence; upper-case them where they are clearly the keyword.
const SQL_PHRASES = /\b(group by|order by|partition by|inner join|left join|right join|outer join|union all|select distinct)\b/gi;
const SQL_LEADING = /^(where|having|select|join|union)\s+(?=(?:filters?|can|cannot|is|are|runs?|applies|returns?|combines?|keeps?|removes?|works?|happens?|comes?)\b)/i;
const SQL_CLAUSE_NOUN = /\b(where|having|select|join|limit|offset)\s+(?=(clause|keyword|condition|statement)s?\b)/gi;

// "Indexing", "Run-time", and the article "A"; not "C" (the language), "SQL" or "RESTful".
const isTitleCase = (w: string) => /^[A-Z][a-z]+(?:-[a-z]+)*,?$/.test(w) || w === "A";
const bare = (w: string) => w.toLowerCase().replace(/[^a-z'.-]/g, "");

/** Trimmed, trailing punctuation dropped, SQL keywords in capitals, first word lower-cased unless it is a name or an acronym. */
export function tidyPoint(point: string): string {
  let s = point
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.;:,!?]+$/, "");
  // Discourse openers from a reference sentence ("That is, they …") are not part of the point.
  s = s.replace(/^(?:that is|i\.\s?e\.|in other words|also),\s+/i, "");
  s = s.replace(SQL_PHRASES, (m) => m.toUpperCase());
  s = s.replace(SQL_LEADING, (m) => m.toUpperCase());
  s = s.replace(SQL_CLAUSE_NOUN, (m) => m.toUpperCase());
  const first = s.split(" ")[0] ?? "";
  if (isTitleCase(first) && !PROPER_NOUNS.has(bare(first)) && !/^[A-Z][a-z]+'s$/.test(first)) s = first.toLowerCase() + s.slice(first.length);
  return s;
}

function verbAt(tokens: string[], i: number): boolean {
  const w = bare(tokens[i] ?? "");
  // Adverbs do not change what comes before the verb ("a key uniquely identifies").
  let j = i - 1;
  while (j > 0 && (bare(tokens[j]!).endsWith("ly") || ADVERBS.has(bare(tokens[j]!)))) j--;
  const prev = bare(tokens[j] ?? "");
  const next = bare(tokens[i + 1] ?? "");
  if (!w || DETERMINERS.has(prev) || LEADING_FRAGMENT.has(prev) || PREPOSITIONS.has(prev)) return false;
  if (AUXILIARIES.has(w)) return true;
  const pluralSubject = (/s$/.test(prev) && !/(ss|us|is)$/.test(prev)) || PRONOUNS.has(prev) || tokens.slice(0, i).some((t) => bare(t) === "and" || bare(t) === "or");
  if (BASE_VERBS.has(w) && pluralSubject) return true;
  if (PRONOUNS.has(prev) && /^[a-z]{2,}$/.test(w)) return true;
  // A plural subject and an unknown verb followed by a preposition ("processes wait for …").
  if (pluralSubject && /^[a-z]{3,}$/.test(w) && !/s$/.test(w) && (PREPOSITIONS.has(next) || SUBORDINATORS.has(next)) && !PREPOSITIONS.has(w) && w !== "and" && w !== "or")
    return true;
  // A third-person verb ("maps", "resizes", "degrades") after a noun, with something after it.
  return (
    /^[a-z]{3,}s$/.test(w) &&
    !/(ss|us|is|ous|ics|ness)$/.test(w) &&
    /^[a-z]{2,}$/.test(prev) &&
    !AUXILIARIES.has(prev) &&
    !tokens[i]!.endsWith(",") &&
    !["and", "or", "such", "like", "that", "which"].includes(next) &&
    // Last word: a verb only after a subject with a prepositional phrase ("column order in the index matters").
    (next !== "" || tokens.slice(1, j).some((t) => PREPOSITIONS.has(bare(t)) && bare(t) !== "to"))
  );
}

/** The index of the main verb, if the point reads as "subject verb …" within its first words. */
function mainVerbIndex(tokens: string[]): number {
  for (let i = 1; i < Math.min(tokens.length, 9); i++) {
    if (SCAN_STOPS.has(bare(tokens[i]!))) return -1;
    if (verbAt(tokens, i)) return i;
  }
  return -1;
}

export function shapeOf(point: string): PointShape {
  const s = tidyPoint(point);
  const tokens = s.split(" ").filter(Boolean);
  if (tokens.length === 0) return "other";
  const first = bare(tokens[0]!);
  // "if no constructor is provided, the compiler provides one": a whole sentence with a leading condition.
  if (SUBORDINATORS.has(first)) {
    const comma = s.indexOf(", ");
    return comma > 0 && mainVerbIndex(s.slice(comma + 2).split(" ")) > 0 ? "clause" : "other";
  }
  if (LEADING_FRAGMENT.has(first) || IMPERATIVES.has(first) || first.endsWith("ly")) return "other";
  // "Based on …" is a fragment; "linked lists …" is a subject.
  if (first.endsWith("ed") && PREPOSITIONS.has(bare(tokens[1] ?? ""))) return "other";
  if (mainVerbIndex(tokens) > 0) return "clause";
  // A noun phrase: short, with no verb or condition anywhere in it.
  const plain = tokens.every((t) => !AUXILIARIES.has(bare(t)) && !SUBORDINATORS.has(bare(t)) && bare(t) !== "there");
  return plain && tokens.length <= 8 ? "noun" : "other";
}

/** "a, b and c" */
export function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The point as the object of "you explained …" / "you did not mention …": "that <clause>", the noun phrase, or the quoted words. */
export function asObject(point: string): string {
  const s = tidyPoint(point);
  const shape = shapeOf(s);
  return shape === "clause" ? `that ${s}` : shape === "noun" ? s : `“${s}”`;
}

/** The subject of a clause-shaped point ("a queue" in "a queue is first in first out"), else null. */
export function clauseSubject(point: string): string | null {
  const s = tidyPoint(point);
  if (shapeOf(s) !== "clause") return null;
  const tokens = s.split(" ");
  const at = mainVerbIndex(tokens);
  return at > 0 ? tokens.slice(0, at).join(" ") : null;
}
