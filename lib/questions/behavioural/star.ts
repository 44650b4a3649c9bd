// Offline check of STAR structure (Situation, Task, Action, Result) in an answer to a
// behavioural question, by cue phrases and a few grammar signals. Pure and dependency-free.
//
// Cost: the answer is cut into sentences of at most MAX_SEGMENT characters in one pass, each
// sentence is split into words once, and each word is compared with a fixed, small set of cues
// that start with it. No regular expression runs over the whole answer, so the work is linear
// in the answer's length whatever it contains.

// The parts' names are part of the evaluation's shape (lib/grading/types.ts), so they live there.
import { STAR_PARTS, type StarPart } from "@/lib/grading/types";
import { BETWEEN, COUNT_UNITS, CUE_TEXT, GENERIC_OPENERS, HABITUAL, IRREGULAR_PAST, MODALS, NOT_ACTIONS, TIME_UNITS, type Weight } from "./star-cues";

export type StarAnalysis = {
  present: StarPart[]; // in S,T,A,R order
  missing: StarPart[]; // in S,T,A,R order
  /** For each present part, a short quote (≤ 120 chars) from the answer that shows it. */
  evidence: Partial<Record<StarPart, string>>;
  /** One concrete nudge for the most important missing part (result > action > task > situation), or null when all four are there. */
  nudge: string | null;
};

export const STAR_LABELS: Record<StarPart, string> = { situation: "Situation", task: "Task", action: "Action", result: "Result" };

/** Longest stretch of text read as one sentence; longer runs are cut (at a space when there is one). */
const MAX_SEGMENT = 400;
const MAX_QUOTE = 120;

type Cue = { part: StarPart; words: string[]; weight: Weight };

const CUES: Map<string, Cue[]> = (() => {
  const map = new Map<string, Cue[]>();
  for (const part of STAR_PARTS) {
    for (const weight of [2, 1] as const) {
      for (const phrase of CUE_TEXT[part][weight]) {
        const words = phrase.split(" ");
        const list = map.get(words[0]!) ?? [];
        list.push({ part, words, weight });
        map.set(words[0]!, list);
      }
    }
  }
  return map;
})();

type Token = { w: string; start: number; end: number };

function isLetterOrDigit(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c.charCodeAt(0) > 127;
}

/** The words of answer[start, end): letters, digits, apostrophes inside words, and % $ £ € stuck to numbers. */
function tokenize(answer: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = answer[i]!;
    const wordChar = isLetterOrDigit(c) || c === "$" || c === "£" || c === "€" || c === "%";
    if (!wordChar || isSpaceOrPunct(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const d = answer[j]!;
      if (isLetterOrDigit(d) && !isSpaceOrPunct(d)) j++;
      else if (d === "%" || d === "$" || d === "£" || d === "€") j++;
      // An apostrophe or a decimal point between two word characters stays in the word ("didn't", "3.5").
      else if ((d === "'" || d === "’" || d === "." || d === ",") && j + 1 < end && isLetterOrDigit(answer[j + 1]!) && !isSpaceOrPunct(answer[j + 1]!)) {
        if ((d === "." || d === ",") && !(isDigit(answer[j - 1]!) && isDigit(answer[j + 1]!))) break;
        j += 2;
      } else break;
    }
    tokens.push({ w: answer.slice(i, j).toLowerCase().replace(/’/g, "'"), start: i, end: j });
    i = j;
  }
  return tokens;
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** Non-ASCII spaces and punctuation that must not be glued into words. */
function isSpaceOrPunct(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code <= 127) return false;
  return code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || code === 0x3000 || code === 0x3001 || code === 0x3002 || code === 0xff0c || code === 0xff0e;
}

/** [start, end) of each sentence: cut at . ! ? ; … and line breaks, and every MAX_SEGMENT characters at most. */
function segments(answer: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let lastSpace = -1;
  for (let i = 0; i < answer.length; i++) {
    const c = answer[i]!;
    if (i - start >= MAX_SEGMENT) {
      const cut = lastSpace > start + MAX_SEGMENT / 2 ? lastSpace : i;
      out.push([start, cut]);
      start = cut;
    }
    if (c === "\n" || c === "\r") {
      out.push([start, i]);
      start = i + 1;
    } else if (c === "." || c === "!" || c === "?" || c === ";" || c === "…" || c === "。" || c === "！" || c === "？") {
      const next = answer[i + 1];
      if (next === undefined || next === " " || next === "\n" || next === "\t" || next === '"' || next === "”" || next === ")" || c !== ".") {
        out.push([start, i + 1]);
        start = i + 1;
      }
    } else if (c === " " || c === "\t") lastSpace = i;
  }
  if (start < answer.length) out.push([start, answer.length]);
  return out;
}

function isPastAction(w: string): boolean {
  if (IRREGULAR_PAST.has(w)) return true;
  if (w.length < 5 || !w.endsWith("ed") || NOT_ACTIONS.has(w)) return false;
  if (w.endsWith("eed")) return w === "agreed" || w === "freed" || w === "guaranteed";
  return /^[a-z]+$/.test(w);
}

/** Whether "I"/"we" at i is followed by (at most two adverbs and) a past-tense verb of doing. */
function pastActionAt(tokens: Token[], i: number): boolean {
  let k = i + 1;
  for (let skipped = 0; k < tokens.length && skipped < 2; k++, skipped++) {
    const w = tokens[k]!.w;
    if (HABITUAL.has(w) || MODALS.has(w)) return false;
    if (!BETWEEN.has(w) && !(w.endsWith("ly") && w.length > 4)) break;
  }
  return k < tokens.length && isPastAction(tokens[k]!.w);
}

/** What a number token says: a result ("40%", "3x", "$2k", "12 hours"), a time in the past ("in 2021", "two years ago"), or nothing. */
function numberCue(tokens: Token[], i: number): { part: StarPart; weight: Weight } | null {
  const w = tokens[i]!.w;
  const first = w[0]!;
  const money = first === "$" || first === "£" || first === "€";
  const digitsFrom = money ? 1 : 0;
  if (!isDigit(w[digitsFrom] ?? "")) return null;
  const next = tokens[i + 1]?.w ?? "";
  const after = tokens[i + 2]?.w ?? "";
  const prev = tokens[i - 1]?.w ?? "";
  if (money || w.endsWith("%") || next === "%" || next === "percent" || (next === "per" && after === "cent")) return { part: "result", weight: 2 };
  if (/^\d+(?:\.\d+)?x$/.test(w) || next === "x" || next === "times") return { part: "result", weight: 2 };
  if (/^(?:19|20)\d\d$/.test(w)) return { part: "situation", weight: prev === "in" || prev === "back" || prev === "during" || prev === "since" ? 2 : 1 };
  if (TIME_UNITS.has(next)) return after === "ago" || after === "earlier" ? { part: "situation", weight: 2 } : { part: "result", weight: 1 };
  if (COUNT_UNITS.has(next) || /^\d+(?:\.\d+)?(?:ms|s|h|k|m|gb|mb)$/.test(w)) return { part: "result", weight: 1 };
  return null;
}

type Found = { weight: number; total: number; segStart: number; segEnd: number; at: number };

function matches(tokens: Token[], i: number, words: string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 1; k < words.length; k++) if (tokens[i + k]!.w !== words[k]) return false;
  return true;
}

function hypotheticalBefore(tokens: Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (MODALS.has(tokens[k]!.w)) return true;
  return false;
}

/** A quote of at most MAX_QUOTE characters from the sentence, around the cue, cut at spaces. */
function quote(answer: string, segStart: number, segEnd: number, at: number): string {
  let start = segStart;
  let end = segEnd;
  while (start < end && /\s/.test(answer[start]!)) start++;
  while (end > start && /\s/.test(answer[end - 1]!)) end--;
  if (end - start <= MAX_QUOTE) return answer.slice(start, end);
  // Begin a little before the cue, at a word start; end at a space within MAX_QUOTE.
  let from = Math.max(start, at - 30);
  if (from > start) {
    let k = from;
    while (k < at && answer[k] !== " ") k++;
    from = k < at ? k + 1 : at;
  }
  let to = Math.min(end, from + MAX_QUOTE);
  if (to < end) {
    let k = to;
    while (k > at && answer[k] !== " ") k--;
    if (k > at) to = k;
  }
  while (to > from && /[\s,;:]/.test(answer[to - 1]!)) to--;
  return answer.slice(from, to);
}

const NUDGES = {
  result: "Say what the result was, with a number if you can: time saved, errors down, users gained. Then add what you learned.",
  resultHypothetical:
    "Tell one real time this happened, not what you would usually do, and finish with how it ended: the result, with a number if you can (time saved, errors down, users gained).",
  action: "Walk through the steps you took yourself, in the past tense: “I set up…”, “I talked to…”, “I decided…”.",
  actionWe: "You said what the team did (“we…”); say what you did yourself: “I wrote…”, “I proposed…”, “I talked to…”. Interviewers are hiring you, not the team.",
  actionHypothetical: "Say what you actually did, not what you would do: “I talked to them”, not “I would talk to them”.",
  task: "Say what you were responsible for or what the goal was: “My job was to…”, “I needed to…”, “The goal was…”.",
  situation: "Set the scene in a sentence first: where you were, when, and what was going on (“At my last job, our team…”).",
} as const;

export function detectStar(answer: string): StarAnalysis {
  const text = typeof answer === "string" ? answer : "";
  const found: Partial<Record<StarPart, Found>> = {};
  let saidWe = false;
  /** "I would…", "I usually…", "If…": the answer describes a rule or a habit rather than one real time. */
  let saidWould = false;

  const note = (part: StarPart, weight: Weight, segStart: number, segEnd: number, at: number) => {
    const f = found[part];
    if (!f) found[part] = { weight, total: weight, segStart, segEnd, at };
    else {
      f.total += weight;
      if (weight > f.weight) Object.assign(f, { weight, segStart, segEnd, at });
    }
  };

  for (const [segStart, segEnd] of segments(text)) {
    const tokens = tokenize(text, segStart, segEnd);
    if (tokens.length === 0) continue;
    if (GENERIC_OPENERS.has(tokens[0]!.w)) {
      saidWould ||= tokens.some((t) => MODALS.has(t.w));
      continue;
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.w === "i" || t.w === "we") {
        const next = tokens[i + 1]?.w ?? "";
        if (MODALS.has(next) || HABITUAL.has(next)) saidWould = true;
        else if (pastActionAt(tokens, i)) {
          if (t.w === "i") note("action", 2, segStart, segEnd, t.start);
          else saidWe = true;
        }
      } else if (MODALS.has(t.w) && (t.w.startsWith("i'") || t.w.startsWith("we'") || t.w.startsWith("you'"))) saidWould = true;

      const cues = CUES.get(t.w);
      if (cues) {
        for (const cue of cues) {
          if (!matches(tokens, i, cue.words) || hypotheticalBefore(tokens, i)) continue;
          note(cue.part, cue.weight, segStart, segEnd, t.start);
        }
      }
      const n = numberCue(tokens, i);
      if (n && !hypotheticalBefore(tokens, i)) note(n.part, n.weight, segStart, segEnd, t.start);
    }
  }

  const present: StarPart[] = [];
  const missing: StarPart[] = [];
  const evidence: Partial<Record<StarPart, string>> = {};
  for (const part of STAR_PARTS) {
    const f = found[part];
    if (f && (f.weight >= 2 || f.total >= 2)) {
      present.push(part);
      evidence[part] = quote(text, f.segStart, f.segEnd, f.at);
    } else missing.push(part);
  }

  let nudge: string | null = null;
  if (missing.includes("result")) nudge = saidWould && !present.includes("action") ? NUDGES.resultHypothetical : NUDGES.result;
  else if (missing.includes("action")) nudge = saidWe ? NUDGES.actionWe : saidWould ? NUDGES.actionHypothetical : NUDGES.action;
  else if (missing.includes("task")) nudge = NUDGES.task;
  else if (missing.includes("situation")) nudge = NUDGES.situation;
  return { present, missing, evidence, nudge };
}
