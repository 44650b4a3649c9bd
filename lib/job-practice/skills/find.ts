// Which skills a text mentions (a resume, a job description, a bank question): each alias is
// matched as whole words, case-insensitively, and each `exact` form only with its own case (so
// "Go" the language is found, "go to the meeting" is not). One pass over the text's tokens, with
// aliases indexed by their first token: linear in the text's length.
import type { Skill } from "./vocabulary";

/**
 * Words, keeping the marks inside technology names ("c++", "c#", "scikit-learn"); dots and
 * slashes split ("node.js" → node, js; "React/Redux" → React, Redux), in texts and aliases alike.
 */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9+#-]*[A-Za-z0-9+#]|[A-Za-z0-9]/g;

type Token = { text: string; lower: string; at: number; end: number };

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], lower: m[0].toLowerCase(), at: m.index, end: m.index + m[0].length });
  return out;
}

type Form = { skill: Skill; words: string[]; exact: boolean };

export type SkillIndex = Map<string, Form[]>;

/** Aliases and exact forms by their first word (lower-cased for aliases, as written for exact forms). */
export function indexSkills(skills: readonly Skill[]): SkillIndex {
  const index: SkillIndex = new Map();
  const add = (skill: Skill, form: string, exact: boolean) => {
    const words = tokens(form).map((t) => (exact ? t.text : t.lower));
    if (words.length === 0) return;
    const key = exact ? `=${words[0]}` : words[0]!;
    index.set(key, [...(index.get(key) ?? []), { skill, words, exact }]);
  };
  for (const skill of skills) {
    for (const alias of [skill.name.toLowerCase(), ...skill.aliases]) if (!skill.exact?.some((e) => e.toLowerCase() === alias)) add(skill, alias, false);
    for (const form of skill.exact ?? []) add(skill, form, true);
  }
  // The longest form first: "amazon web services" wins over "amazon" at the same place.
  for (const forms of index.values()) forms.sort((a, b) => b.words.length - a.words.length);
  return index;
}

export type SkillMention = {
  skill: Skill;
  /** How many times the text mentions it. */
  count: number;
  /** The words as the text first wrote them ("Kafka" for Apache Kafka): what "You mention …" repeats. */
  said: string;
  /** The line (or up to 160 characters) around its first mention: the evidence a gap table shows. */
  evidence: string;
};

function lineAround(text: string, at: number, end: number): string {
  const start = Math.max(text.lastIndexOf("\n", at) + 1, at - 80);
  const stopAt = text.indexOf("\n", end);
  const stop = Math.min(stopAt === -1 ? text.length : stopAt, end + 80);
  return text.slice(start, stop).trim();
}

/** The skills a text mentions, most mentioned first (ties: first mentioned first). */
export function findSkills(text: string, index: SkillIndex): SkillMention[] {
  const ts = tokens(text);
  const found = new Map<string, SkillMention & { first: number }>();
  for (let i = 0; i < ts.length; i++) {
    const candidates = [...(index.get(ts[i]!.lower) ?? []), ...(index.get(`=${ts[i]!.text}`) ?? [])];
    for (const form of candidates) {
      const n = form.words.length;
      if (i + n > ts.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = (form.exact ? ts[i + k]!.text : ts[i + k]!.lower) === form.words[k];
      if (!ok) continue;
      const hit = found.get(form.skill.id);
      if (hit) hit.count++;
      else {
        const [at, end] = [ts[i]!.at, ts[i + n - 1]!.end];
        found.set(form.skill.id, { skill: form.skill, count: 1, said: text.slice(at, end), evidence: lineAround(text, at, end), first: i });
      }
      break; // one skill per position
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.first - b.first).map(({ first: _first, ...m }) => m);
}
