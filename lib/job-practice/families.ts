// The role families of job practice as the setup form shows them, and the mapping from a
// free-text job title ("Sr. Front-End Dev") to a family and the seniority the title implies.
// No server imports: the setup form runs familyForTitle in the browser as the user types.
import type { Seniority } from "@/lib/domain";
import type { RoleFamily } from "@/lib/question-bank/types";
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

/**
 * How much a hint counts. AREA words name the kind of work ("frontend", "SRE", "data scientist",
 * "product manager"); TECH words name a tool that usually goes with one area ("React", "Java",
 * "Kotlin"); WEAK words lean one way but are used everywhere ("JavaScript", "Python", "SQL").
 * So "Full-stack React developer" is full stack (area 3 beats tech 2) and "Kotlin backend
 * engineer" is backend, not mobile.
 */
const AREA = 3;
const TECH = 2;
const WEAK = 1;

type Hint = { family: RoleFamily; weight: number };

/** Phrases (after normalising: lower case, punctuation → spaces) and what each says. */
const HINTS: Record<RoleFamily, Record<number, string[]>> = {
  frontend: {
    [AREA]: ["frontend", "front end", "ui", "ui ux", "ux engineer", "web developer", "web dev", "web engineer"],
    [TECH]: [
      "react",
      "reactjs",
      "react js",
      "vue",
      "vuejs",
      "vue js",
      "nuxt",
      "angular",
      "angularjs",
      "svelte",
      "sveltekit",
      "next js",
      "nextjs",
      "ember",
      "redux",
      "css",
      "html",
      "design system",
      "design systems",
      "accessibility",
    ],
    [WEAK]: ["javascript", "js", "typescript", "ts", "web"],
  },
  backend: {
    // Data engineering is placed with backend on purpose: its interviews are about pipelines,
    // databases, batch and streaming jobs, idempotency and distributed systems, which are
    // backend questions; data-ml is about models and their evaluation.
    [AREA]: ["backend", "back end", "server side", "api developer", "api engineer", "platform api", "data engineer", "data engineering", "data platform", "distributed systems"],
    [TECH]: [
      "api",
      "apis",
      "rest",
      "graphql",
      "microservices",
      "java",
      "spring",
      "spring boot",
      "go",
      "golang",
      "node",
      "nodejs",
      "node js",
      "express",
      "nestjs",
      "django",
      "flask",
      "fastapi",
      "rails",
      "ruby",
      "ruby on rails",
      "dotnet",
      "asp dotnet",
      "csharp",
      "php",
      "laravel",
      "rust",
      "scala",
      "elixir",
      "erlang",
      "etl",
      "spark",
      "airflow",
      "kafka",
      "big data",
      "database",
      "databases",
      "dba",
      "postgres",
      "postgresql",
    ],
    [WEAK]: ["python", "cpp", "c", "server"],
  },
  fullstack: {
    [AREA]: ["fullstack", "full stack", "product engineer", "product developer", "mern", "mean", "lamp"],
    [TECH]: [],
    [WEAK]: [],
  },
  "data-ml": {
    [AREA]: [
      "ml",
      "machine learning",
      "ai",
      "artificial intelligence",
      "genai",
      "mlops",
      "nlp",
      "natural language processing",
      "computer vision",
      "data scientist",
      "data science",
      "deep learning",
      "llm",
      "llms",
      "research scientist",
      "applied scientist",
    ],
    [TECH]: ["scientist", "pytorch", "tensorflow", "keras", "scikit learn", "sklearn"],
    [WEAK]: [],
  },
  "data-analyst": {
    [AREA]: ["data analyst", "analyst", "bi", "business intelligence", "analytics", "analytics engineer", "data analytics", "reporting analyst"],
    [TECH]: ["power bi", "tableau", "looker", "excel", "dashboards", "reporting", "insights"],
    [WEAK]: ["sql"],
  },
  "devops-sre": {
    [AREA]: [
      "devops",
      "devsecops",
      "sre",
      "site reliability",
      "reliability engineer",
      "platform engineer",
      "platform engineering",
      "cloud",
      "infrastructure",
      "infra",
      "sysadmin",
      "systems administrator",
      "system administrator",
      "release engineer",
      "build engineer",
    ],
    [TECH]: ["kubernetes", "k8s", "docker", "terraform", "ansible", "aws", "azure", "gcp", "linux", "observability", "ci cd", "platform", "network engineer"],
    [WEAK]: [],
  },
  mobile: {
    [AREA]: ["mobile", "ios", "android", "react native"],
    [TECH]: ["swift", "swiftui", "objective c", "kotlin", "flutter", "dart", "xamarin", "jetpack compose"],
    [WEAK]: [],
  },
  "qa-testing": {
    [AREA]: [
      "qa",
      "qe",
      "quality assurance",
      "quality engineer",
      "quality engineering",
      "tester",
      "testers",
      "test engineer",
      "test analyst",
      "qa analyst",
      "quality assurance analyst",
      "testing",
      "test automation",
      "automation engineer",
      "automation tester",
      "sdet",
    ],
    [TECH]: ["test", "tests", "selenium", "cypress", "playwright", "automation", "quality"],
    [WEAK]: [],
  },
  "product-project": {
    [AREA]: [
      "product manager",
      "product management",
      "pm",
      "apm",
      "product owner",
      "po",
      "product lead",
      "head of product",
      "project manager",
      "project management",
      "program manager",
      "programme manager",
      "technical program manager",
      "tpm",
      "delivery manager",
      "scrum master",
      "agile coach",
    ],
    [TECH]: ["product", "project", "projects", "scrum", "agile"],
    [WEAK]: [],
  },
};

/** Words that say "software" without saying which kind: alone they mean a general (full-stack) interview. */
const GENERIC = new Set(["swe", "sde", "software", "developer", "developers", "dev", "devs", "programmer", "coder", "engineering", "webmaster"]);

/** Seniority words. "Mid-level" becomes "mid level", so "mid" is enough; "entry level" is checked as a pair. */
const SENIORITY_WORDS: Record<string, Seniority> = {
  intern: "INTERN",
  interns: "INTERN",
  internship: "INTERN",
  junior: "JUNIOR",
  jr: "JUNIOR",
  jnr: "JUNIOR",
  graduate: "JUNIOR",
  grad: "JUNIOR",
  entrylevel: "JUNIOR",
  mid: "MID",
  midlevel: "MID",
  intermediate: "MID",
  senior: "SENIOR",
  sr: "SENIOR",
  snr: "SENIOR",
  lead: "LEAD",
  staff: "LEAD",
  principal: "LEAD",
  head: "LEAD",
};

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
