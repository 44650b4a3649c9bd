// Topic names from a CSV's topic/category column → the topics rows go into. Names that
// differ only in case or spacing are one topic; names that look alike ("General Program" and
// "General Programming", "Data structure" and "Data Structures") are flagged with a merge
// the instructor can turn off. Every step is a map lookup per name: linear in the file.

export type TopicMode = "by-column" | "this-topic";
export type TopicValue = { name: string; rows: number; existing: boolean };
export type NearDuplicate = {
  /** The names as written in the file (and an existing topic's name, if one is involved). */
  names: string[];
  /** The name they go into when merged. */
  into: string;
  rows: number;
  kind: "case-or-spacing" | "similar";
  /** case-or-spacing variants are always one topic; a similar one is merged unless the instructor keeps it separate. */
  merged: boolean;
};

export type TopicPlan = {
  /** Name in the file → topic it goes into. */
  target: Map<string, string>;
  values: TopicValue[];
  nearDuplicates: NearDuplicate[];
};

/** Case and spacing folded: "General  programming" = "General Programming". */
export const exactTopicKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Words without punctuation, a plural s, or endings past six letters: "General Program" and
 * "General Programming" both give "genera progra". A cheap stand-in for stemming that finds
 * the variants people actually type, at one key per name.
 */
export function similarTopicKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w).slice(0, 6))
    .join(" ");
}

type Group = { key: string; names: string[]; rows: number; display: string; existing: boolean };

/** Groups items by key, keeping first-seen order. */
function groupBy<T>(items: Iterable<T>, key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

const mostRows = <T extends { rows: number }>(items: T[]) => items.reduce((best, t) => (t.rows > best.rows ? t : best));

/**
 * counts: each name as written in the file with its number of rows, in first-seen order.
 * existingTopics: the class's topics (including the one being imported into).
 * keepSeparate: `into` names of similar groups the instructor chose not to merge.
 */
export function planTopics(counts: Map<string, number>, existingTopics: string[], keepSeparate: ReadonlySet<string> = new Set()): TopicPlan {
  const existingByKey = new Map(existingTopics.map((t) => [exactTopicKey(t), t]));
  const target = new Map<string, string>();
  const nearDuplicates: NearDuplicate[] = [];

  // 1. Case and spacing variants are one topic, named as the class already names it, else as most rows do.
  const exactGroups: Group[] = groupBy(counts.entries(), ([name]) => exactTopicKey(name)).map((variants) => {
    const key = exactTopicKey(variants[0]![0]);
    const existing = existingByKey.get(key);
    const names = variants.map(([name]) => name);
    const rows = variants.reduce((sum, [, n]) => sum + n, 0);
    const display = existing ?? mostRows(variants.map(([name, n]) => ({ name, rows: n }))).name;
    if (names.length > 1 || (existing !== undefined && existing !== names[0])) {
      const shown = existing !== undefined && !names.includes(existing) ? [...names, existing] : names;
      if (shown.length > 1) nearDuplicates.push({ names: shown, into: display, rows, kind: "case-or-spacing", merged: true });
    }
    return { key, names, rows, display, existing: existing !== undefined };
  });

  // 2. Similar names: one suggested merge per group, into the existing topic or the name most rows use.
  // Existing topics that look alike stay apart: the class already has both on purpose.
  const existingBySimilar = new Map<string, string[]>();
  for (const t of existingByKey.values()) {
    const k = similarTopicKey(t);
    existingBySimilar.set(k, [...(existingBySimilar.get(k) ?? []), t]);
  }
  const values: TopicValue[] = [];
  for (const similar of groupBy(exactGroups, (g) => similarTopicKey(g.display))) {
    const simKey = similarTopicKey(similar[0]!.display);
    const existingAlike = existingBySimilar.get(simKey) ?? [];
    const existingTopic = existingAlike.length === 1 ? existingAlike[0] : undefined;
    const canMerge = simKey !== "" && existingAlike.length <= 1 && (similar.length > 1 || (existingTopic !== undefined && !similar[0]!.existing));
    if (!canMerge) {
      for (const g of similar) {
        for (const n of g.names) target.set(n, g.display);
        values.push({ name: g.display, rows: g.rows, existing: g.existing });
      }
      continue;
    }
    const into = existingTopic ?? mostRows(similar).display;
    const rows = similar.reduce((sum, g) => sum + g.rows, 0);
    const merged = !keepSeparate.has(into);
    const names = similar.map((g) => g.display);
    nearDuplicates.push({ names: names.includes(into) ? names : [...names, into], into, rows, kind: "similar", merged });
    if (merged) {
      for (const g of similar) for (const n of g.names) target.set(n, into);
      values.push({ name: into, rows, existing: existingTopic !== undefined });
    } else {
      for (const g of similar) {
        for (const n of g.names) target.set(n, g.display);
        values.push({ name: g.display, rows: g.rows, existing: g.existing });
      }
    }
  }
  return { target, values, nearDuplicates };
}
