// The loop report, computed from its rounds' own reports: a per-round breakdown, an overall
// score weighted by the questions each round asked, a hiring-style band that says which scores
// put it there, one action plan for the whole loop (what the job asks and nothing shows yet, then
// each round's steps, weakest round first), and the gap table —
// each requirement of the job description × what the resume shows × how the candidate answered.
// Pure: the page passes the loop's sessions and the tailoring it kept. No server imports.
import type { Evaluation } from "@/lib/grading/types";
import type { QuestionBasis } from "./basis";
import { loopComplete, type RoundProgress } from "./loop-progress";
import { findSkills } from "./skills/find";
import { skillIndex, type Tailoring } from "./tailoring";

type Verdict = Evaluation["verdict"];
/** What the loop report reads of a round's report (lib/interview/types.ts Report has these fields). */
type ReportQuestion = { kind: "MAIN" | "FOLLOW_UP"; question: string; answer: string; verdict: Verdict; score: number; basis?: QuestionBasis };
type Report = { overallScore: number; endedEarly: boolean; actionPlan: string[]; questions: ReportQuestion[] };

/** Band thresholds on the 0–100 scale the rounds are scored on. */
export const BANDS = { ready: { overall: 75, everyRound: 65 }, close: { overall: 60 } } as const;
const MAX_ACTIONS = 6;
const MAX_GAPS = 12;

export type Band = "not-yet" | "close" | "ready";
export const BAND_LABELS: Record<Band, string> = { "not-yet": "Not yet", close: "Close", ready: "Ready" };

export type RoundResult = {
  index: number;
  title: string;
  sessionId: string;
  score: number;
  questions: number;
  strong: number;
  shallow: number;
  wrong: number;
  endedEarly: boolean;
};

export type GapRow = {
  requirement: string;
  /** The resume's line that names it, or null when the resume does not. */
  evidence: string | null;
  answered: { verdict: ReportQuestion["verdict"]; score: number; round: string } | null;
  /** The skill came up in an answer without a question about it. */
  mentioned: boolean;
};

export type LoopReport = {
  rounds: RoundResult[];
  roundsTotal: number;
  overall: number | null;
  /** Only when every round has a result. */
  band: Band | null;
  bandReason: string;
  actionPlan: string[];
  gaps: GapRow[] | null;
  /** Whether the loop used a resume: the gap table says "Not found" only then. */
  resumeUsed: boolean;
};

export type ReportedRound = { progress: RoundProgress; report: Report | null };

function roundResult({ progress, report }: ReportedRound): RoundResult | null {
  if (!progress.result || !report) return null;
  const mains = report.questions.filter((q) => q.kind === "MAIN");
  const count = (v: ReportQuestion["verdict"]) => mains.filter((q) => q.verdict === v).length;
  return {
    index: progress.index,
    title: progress.round.title,
    sessionId: progress.result.sessionId,
    score: Math.round(progress.result.score ?? report.overallScore),
    questions: Math.max(1, mains.length),
    strong: count("strong"),
    shallow: count("shallow"),
    wrong: count("wrong"),
    endedEarly: report.endedEarly,
  };
}

export function bandFor(rounds: readonly RoundResult[], overall: number): { band: Band; reason: string } {
  const weakest = [...rounds].sort((a, b) => a.score - b.score)[0]!;
  const low = rounds.filter((r) => r.score < BANDS.ready.everyRound).map((r) => `${r.title} (${r.score})`);
  // A round ended early is scored on the answers given: a few good ones are not a whole round.
  const early = rounds.filter((r) => r.endedEarly).map((r) => r.title);
  if (overall >= BANDS.ready.overall && low.length === 0) {
    if (early.length === 0)
      return {
        band: "ready",
        reason: `Overall ${overall}, at least ${BANDS.ready.overall}, and every round at least ${BANDS.ready.everyRound} (lowest: ${weakest.title}, ${weakest.score}).`,
      };
    return { band: "close", reason: `Overall ${overall}, but ${listed(early)} ended early: retake ${early.length === 1 ? "it" : "them"} to the end to count as ready.` };
  }
  if (overall >= BANDS.close.overall) {
    const missing =
      overall < BANDS.ready.overall
        ? `below the ${BANDS.ready.overall} that reads as ready`
        : `but ${low.join(", ")} ${low.length === 1 ? "is" : "are"} under ${BANDS.ready.everyRound}`;
    return { band: "close", reason: `Overall ${overall}, ${missing}. Strongest lift: ${weakest.title} (${weakest.score}).` };
  }
  return { band: "not-yet", reason: `Overall ${overall}, under ${BANDS.close.overall}. Start with ${weakest.title} (${weakest.score}), then retake the loop.` };
}

const listed = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** What to prepare for a requirement nothing shows yet, said as it is. */
function gapAction(g: GapRow, resumeUsed: boolean): string {
  const where = g.mentioned
    ? "you mentioned it in an answer but were not asked about it"
    : resumeUsed
      ? "neither your resume nor your answers show it yet"
      : "your answers do not show it yet";
  return `The job description asks for ${g.requirement}, and ${where}: prepare one concrete example of using it.`;
}

/** First what the gap table says to prepare (two at most), then each round's plan, weakest round first, without repeats. */
function combinedPlan(reported: readonly ReportedRound[], results: readonly RoundResult[], gaps: GapRow[] | null, resumeUsed: boolean): string[] {
  const scoreOf = new Map(results.map((r) => [r.index, r.score]));
  const seen = new Set<string>();
  const out: string[] = [];
  // Repeats are found by the advice itself; the first (weakest) round keeps it, named, since
  // every round has its own "question 1".
  const add = (item: string, round?: string) => {
    const key = item.toLowerCase().replace(/\W+/g, " ").trim();
    if (!seen.has(key) && out.length < MAX_ACTIONS) {
      seen.add(key);
      out.push(round ? `${round}: ${item}` : item);
    }
  };
  const missing = (gaps ?? []).filter((g) => !g.evidence && !(g.answered && g.answered.verdict === "strong"));
  for (const g of missing.slice(0, 2)) add(gapAction(g, resumeUsed));
  const byWeakest = [...reported].filter((r) => r.report).sort((a, b) => (scoreOf.get(a.progress.index) ?? 100) - (scoreOf.get(b.progress.index) ?? 100));
  // Round-robin: each round's first step, then each round's second, so one weak round does not fill the list.
  const plans = byWeakest.map((r) => ({ round: r.progress.round.title, steps: r.report!.actionPlan }));
  for (let i = 0; plans.some((p) => i < p.steps.length); i++) for (const p of plans) if (p.steps[i]) add(p.steps[i]!, p.round);
  return out;
}

/** Requirements of the job description, with the resume's evidence and the best answer about each. */
export function gapTable(tailoring: Tailoring, reported: readonly ReportedRound[]): GapRow[] {
  const evidence = new Map(tailoring.resume.map((m) => [m.skillId, m.evidence]));
  const index = skillIndex();
  const asked = new Map<string, GapRow["answered"]>();
  const mentioned = new Set<string>();
  for (const { progress, report } of reported) {
    for (const q of report?.questions ?? []) {
      const about = new Set(findSkills(`${q.basis?.about ?? ""}\n${q.question}`, index).map((m) => m.skill.id));
      for (const id of about) {
        const best = asked.get(id);
        if (!best || q.score > best.score) asked.set(id, { verdict: q.verdict, score: q.score, round: progress.round.title });
      }
      for (const m of findSkills(q.answer, index)) mentioned.add(m.skill.id);
    }
  }
  return tailoring.requirements.slice(0, MAX_GAPS).map((r) => ({
    requirement: r.name,
    evidence: evidence.get(r.skillId) ?? null,
    answered: asked.get(r.skillId) ?? null,
    mentioned: mentioned.has(r.skillId),
  }));
}

/** `resumeUsed`: the loop was tailored to a resume (else the gap table has no resume column to fill). */
export function loopReport(reported: readonly ReportedRound[], tailoring: Tailoring | null, resumeUsed: boolean): LoopReport {
  const rounds = reported.map(roundResult).filter((r): r is RoundResult => r !== null);
  const weight = rounds.reduce((n, r) => n + r.questions, 0);
  const overall = rounds.length ? Math.round(rounds.reduce((n, r) => n + r.score * r.questions, 0) / weight) : null;
  const complete = loopComplete(reported.map((r) => r.progress)) && rounds.length === reported.length;
  const banded = complete && overall !== null ? bandFor(rounds, overall) : null;
  const gaps = tailoring && tailoring.requirements.length > 0 ? gapTable(tailoring, reported) : null;
  return {
    rounds,
    roundsTotal: reported.length,
    overall,
    band: banded?.band ?? null,
    bandReason: banded?.reason ?? `${rounds.length} of ${reported.length} rounds done: finish them all for a recommendation.`,
    actionPlan: combinedPlan(reported, rounds, gaps, resumeUsed),
    gaps,
    resumeUsed,
  };
}
