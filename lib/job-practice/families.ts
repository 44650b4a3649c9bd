// The role families of job practice as the setup form shows them, and the mapping from a
// free-text job title ("Sr. Front-End Dev") to a family and the seniority the title implies.
// No server imports: the setup form runs familyForTitle in the browser as the user types.
import type { Seniority } from "@/lib/domain";
import type { RoleFamily } from "@/lib/question-bank/types";
import { AREA, GENERIC, HINTS, SENIORITY_WORDS } from "./family-keywords";
import { seniorityRank } from "./seniority";

export type FamilyInfo = { id: RoleFamily; label: string; blurb: string /* one line shown on the setup page */ };

export const FAMILIES: Record<RoleFamily, FamilyInfo> = {
  frontend: { id: "frontend", label: "Frontend", blurb: "The browser, JavaScript and TypeScript, React and friends, CSS, accessibility and web performance." },
  backend: { id: "backend", label: "Backend", blurb: "APIs, databases, caching, queues, concurrency and how services are designed and kept reliable." },
  fullstack: { id: "fullstack", label: "Full stack", blurb: "Whole features from UI to API to database, and the trade-offs between the layers." },
  "data-ml": { id: "data-ml", label: "Data science & ML", blurb: "Models, features, evaluation, training pipelines and running machine learning in production." },
  "data-analyst": { id: "data-analyst", label: "Data & BI analyst", blurb: "SQL, metrics, dashboards, experiments and turning data into decisions." },
  "devops-sre": { id: "devops-sre", label: "DevOps & SRE", blurb: "CI/CD, containers, Kubernetes, cloud, observability and incident response." },
  mobile: { id: "mobile", label: "Mobile", blurb: "iOS and Android apps: lifecycles, offline data, performance and store releases." },
  "qa-testing": { id: "qa-testing", label: "QA & testing", blurb: "Test strategy, automation, flaky tests, bug reports and quality gates in CI." },
  "product-project": { id: "product-project", label: "Product & project", blurb: "Prioritisation, roadmaps, stakeholders, delivery and measuring outcomes." },
};

/** Job titles offered as suggestions in the setup form's datalist. */
export const TITLE_SUGGESTIONS: string[] = [
  "Software engineer",
  "Junior software developer",
  "Software engineering intern",
  "Frontend developer",
  "Senior React developer",
  "Angular developer",
  "UI engineer",
  "Web developer",
  "Backend engineer",
  "Java developer",
  "Senior Go engineer",
  "Node.js developer",
  "Python Django developer",
  ".NET developer",
  "Full-stack developer",
  "Senior full-stack engineer",
  "Staff software engineer",
  "Data scientist",
  "ML engineer",
  "AI engineer",
  "MLOps engineer",
  "Data engineer",
  "Data analyst",
  "Junior data analyst",
  "BI developer",
  "Analytics engineer",
  "DevOps engineer",
  "Site reliability engineer",
  "Platform engineer",
  "Cloud engineer",
  "iOS developer",
  "Android developer",
  "React Native developer",
  "Flutter developer",
  "QA engineer",
  "QA automation engineer",
  "SDET",
  "Manual tester",
  "Product manager",
  "Associate product manager",
  "Product owner",
  "Project manager",
  "Technical program manager",
  "Scrum master",
];

type Hint = { family: RoleFamily; weight: number };
type Phrase = { words: string[]; hint: Hint };

/** Phrases keyed by their first word, longest first, so "react native" is tried before "react". */
const PHRASES_BY_FIRST_WORD: Map<string, Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  for (const [family, byWeight] of Object.entries(HINTS) as [RoleFamily, Record<number, string[]>][]) {
    for (const [weight, phrases] of Object.entries(byWeight)) {
      for (const phrase of phrases) {
        const words = phrase.split(" ");
        const list = map.get(words[0]!) ?? [];
        list.push({ words, hint: { family, weight: Number(weight) } });
        map.set(words[0]!, list);
      }
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

const MAX_TITLE_CHARS = 200;

/** Lower case, the few names whose punctuation matters spelt out, every other non-letter a space. */
function words(title: string): string[] {
  return title
    .slice(0, MAX_TITLE_CHARS)
    .toLowerCase()
    .replace(/\bc#/g, " csharp ")
    .replace(/\bc\+\+/g, " cpp ")
    .replace(/\.net\b/g, " dotnet ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/**
 * Maps a free-text job title to a family by keywords and synonyms, and reads the seniority it
 * implies. Scoring: each phrase found adds its weight to its family, reading left to right and
 * taking the longest phrase at each word ("React Native" is one mobile phrase, not React).
 * Then:
 * - the last AREA phrase in the title gets +1: in "Mobile QA engineer" or "AI product manager"
 *   the word nearest the job noun says what the job is;
 * - frontend and backend hints together ("React/Node developer", "Java + Angular") make a
 *   full-stack title, unless only one of them is named as the area ("Backend engineer, React");
 * - a tie between other families, or no hint, is a general software interview: fullstack,
 *   unmatched — unless only generic words ("SWE", "software developer") were there, which is
 *   fullstack, matched.
 * Linear in the input: the title is capped at 200 characters and each word is looked up once.
 */
export function familyForTitle(title: string): { family: RoleFamily; matched: boolean; seniority: Seniority | null } {
  const tokens = words(title);

  let seniority: Seniority | null = null;
  let generic = false;
  tokens.forEach((word, i) => {
    const level = Object.hasOwn(SENIORITY_WORDS, word) ? SENIORITY_WORDS[word]! : word === "entry" && tokens[i + 1] === "level" ? "JUNIOR" : null;
    // With two seniority words ("Senior Staff engineer", "Mid-Senior level"), the higher one.
    if (level && (seniority === null || seniorityRank(level) > seniorityRank(seniority))) seniority = level;
    if (GENERIC.has(word)) generic = true;
  });

  const scores = new Map<RoleFamily, number>();
  const areas = new Set<RoleFamily>();
  let lastArea: RoleFamily | null = null;
  for (let i = 0; i < tokens.length; ) {
    const phrase = PHRASES_BY_FIRST_WORD.get(tokens[i]!)?.find((p) => p.words.every((w, k) => tokens[i + k] === w));
    if (!phrase) {
      i++;
      continue;
    }
    const { family, weight } = phrase.hint;
    scores.set(family, (scores.get(family) ?? 0) + weight);
    if (weight === AREA) {
      areas.add(family);
      lastArea = family;
    }
    i += phrase.words.length;
  }
  if (lastArea) scores.set(lastArea, scores.get(lastArea)! + 1);

  const [first, second] = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!first) return { family: "fullstack", matched: generic, seniority };
  if (second) {
    // Frontend and backend together is a full-stack title ("React/Node developer", "Frontend and
    // backend developer"), unless only one side is named as the area ("Backend engineer, React a plus").
    const pair = new Set([first[0], second[0]]);
    if (pair.has("frontend") && pair.has("backend") && areas.has("frontend") === areas.has("backend")) return { family: "fullstack", matched: true, seniority };
    if (second[1] === first[1]) return { family: "fullstack", matched: false, seniority };
  }
  return { family: first[0], matched: true, seniority };
}
