// How a student's delivery moves across their finished interviews: one point per interview with
// at least one spoken answer (pace, filler and hedging rates, long pauses per answer) and a short
// summary comparing the latest interview with the earlier ones. Rates are pooled over the
// interview's answers (total words over total minutes), so a ten-second answer does not weigh as
// much as a two-minute one; the earlier interviews are pooled the same way for the summary. The
// counting and the bands are delivery.ts's, so a trend and a report never disagree on a rule.
// Pure, no server imports, linear in the answers given.
import { spokenIn } from "./spoken";
import { deliveryCounts, longPauses, PACE_WPM, per100, RATE_BANDS, round1 } from "./delivery";

/** Interviews in the trend: the newest ones, enough for a shape without crowding a phone. */
export const TREND_INTERVIEWS = 12;

/** A turn as stored: typed answers (no `spoken` in answerExtra) are skipped. */
export type TrendTurn = { answerText: string | null; answerExtra: unknown };
export type TrendSession = { id: string; title: string; completedAt: Date | string; turns: TrendTurn[] };

export type DeliveryTrendPoint = {
  sessionId: string;
  title: string;
  /** ISO date the interview was finished. */
  date: string;
  spokenAnswers: number;
  /** Words per minute over all its spoken answers; null when they had no words. */
  wpm: number | null;
  fillersPer100: number;
  hedgesPer100: number;
  /** Long pauses per spoken answer, over the answers whose pauses were measured; null when none were. */
  pausesPerAnswer: number | null;
};

/** Points oldest first; the summary sentences compare the latest with the earlier ones pooled. */
export type DeliveryTrend = { points: DeliveryTrendPoint[]; summary: string[] };

type Totals = { answers: number; words: number; seconds: number; fillers: number; hedges: number; pauses: number; timedAnswers: number };

const empty = (): Totals => ({ answers: 0, words: 0, seconds: 0, fillers: 0, hedges: 0, pauses: 0, timedAnswers: 0 });

function add(into: Totals, from: Totals) {
  for (const k of Object.keys(into) as (keyof Totals)[]) into[k] += from[k];
}

function totalsOf(turns: TrendTurn[]): Totals {
  const t = empty();
  for (const turn of turns) {
    const spoken = turn.answerText === null ? null : spokenIn(turn.answerExtra);
    if (!spoken) continue;
    // What was said, as the report measures it: the transcript as heard, before corrections.
    const counts = deliveryCounts(spoken.heard || turn.answerText!);
    t.answers++;
    t.words += counts.words;
    t.seconds += spoken.durationSeconds;
    t.fillers += counts.fillers;
    t.hedges += counts.hedges;
    // Same condition as an answer's own feedback: pauses are known only with timestamps or measured silences.
    if (spoken.words?.length || spoken.silencesMs) {
      t.timedAnswers++;
      t.pauses += longPauses({ timedWords: spoken.words, silencesMs: spoken.silencesMs }).length;
    }
  }
  return t;
}

type Rates = Pick<DeliveryTrendPoint, "wpm" | "fillersPer100" | "hedgesPer100" | "pausesPerAnswer">;

function ratesOf(t: Totals): Rates {
  return {
    wpm: t.words > 0 && t.seconds > 0 ? Math.round(t.words / (t.seconds / 60)) : null,
    fillersPer100: round1(per100(t.fillers, t.words)),
    hedgesPer100: round1(per100(t.hedges, t.words)),
    pausesPerAnswer: t.timedAnswers ? round1(t.pauses / t.timedAnswers) : null,
  };
}

const BAND = `easy-to-follow range (${PACE_WPM.min}–${PACE_WPM.max})`;
const sideOf = (wpm: number) => (wpm < PACE_WPM.min ? "below" : wpm > PACE_WPM.max ? "above" : "in");
/** Words a minute outside the band (0 inside it). */
const distance = (wpm: number) => Math.max(0, PACE_WPM.min - wpm, wpm - PACE_WPM.max);

function paceLine(before: number | null, now: number): string {
  const to = sideOf(now);
  if (before === null) return `Pace ${now} words a minute: ${to} the ${BAND}.`;
  const from = sideOf(before);
  let where: string;
  if (to === "in") where = from === "in" ? `still in the ${BAND}` : `now in the ${BAND}`;
  else if (from !== to) where = `now ${to} the ${BAND}`;
  else if (distance(now) < distance(before)) where = `closer to the ${BAND}`;
  else if (distance(now) > distance(before)) where = `further ${to} the ${BAND}`;
  else where = `still ${to} the ${BAND}`;
  return `Pace ${before} → ${now} words a minute: ${where}.`;
}

function rateLine(label: string, before: number | null, now: number, unit: string, target?: number): string {
  const within = target !== undefined && now <= target && (before === null || before > target) ? `: within the target of ${target} or fewer` : "";
  if (before === null) return `${label} ${now} ${unit}.`;
  if (now === before) return `${label} steady at ${now} ${unit}.`;
  return `${label} ${now < before ? "down" : "up"} from ${before} to ${now} ${unit}${within}.`;
}

/**
 * The summary: pace and fillers always; hedging and long pauses only when they moved, so the line
 * stays short. With no earlier interview, the latest numbers on their own.
 */
function summaryOf(latest: Rates, earlier: Rates | null): string[] {
  const out: string[] = [];
  if (latest.wpm !== null) out.push(paceLine(earlier?.wpm ?? null, latest.wpm));
  out.push(rateLine("Fillers", earlier?.fillersPer100 ?? null, latest.fillersPer100, "per 100 words", RATE_BANDS.fillers.good));
  if (earlier && earlier.hedgesPer100 !== latest.hedgesPer100) {
    out.push(rateLine("Hedging", earlier.hedgesPer100, latest.hedgesPer100, "per 100 words", RATE_BANDS.hedges.good));
  }
  if (earlier && latest.pausesPerAnswer !== null && earlier.pausesPerAnswer !== null && earlier.pausesPerAnswer !== latest.pausesPerAnswer) {
    out.push(rateLine("Long pauses", earlier.pausesPerAnswer, latest.pausesPerAnswer, "per answer"));
  }
  return out;
}

/** The trend from the student's finished interviews, newest first (as the query returns them). */
export function deliveryTrend(sessionsNewestFirst: readonly TrendSession[], limit = TREND_INTERVIEWS): DeliveryTrend {
  const points: DeliveryTrendPoint[] = [];
  let latest: Totals | null = null;
  const earlier = empty();
  for (const s of sessionsNewestFirst) {
    if (points.length >= limit) break;
    const t = totalsOf(s.turns);
    if (t.answers === 0) continue;
    if (latest) add(earlier, t);
    else latest = t;
    const date = typeof s.completedAt === "string" ? s.completedAt : s.completedAt.toISOString();
    points.push({ sessionId: s.id, title: s.title, date, spokenAnswers: t.answers, ...ratesOf(t) });
  }
  if (!latest) return { points: [], summary: [] };
  return { points: points.reverse(), summary: summaryOf(ratesOf(latest), earlier.answers ? ratesOf(earlier) : null) };
}
