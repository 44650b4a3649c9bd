// Delivery feedback for an answer: how it was said rather than whether it was right. Words per
// minute, filler and hedging rates, long pauses, length against what the question expects, the
// words repeated most and the role's key terms used — each with its band and a one-line tip.
// Spoken answers get the timing metrics (they need a duration, and word timestamps or the
// browser's silence detection for pauses); typed answers get the rest. Pure and linear in the
// answer's length. No server imports: the report and the recording UI both use it.
import type { TimedWord } from "@/lib/domain";
import { phraseCount, STOP_WORDS, words } from "@/lib/grading/text";

export type { TimedWord } from "@/lib/domain";

export type DeliveryInput = {
  /** What was said (a spoken answer's transcript as heard), or the typed answer. */
  text: string;
  /** The answer as submitted, when the student corrected or added to what was said: its length and repeats are the answer's. */
  submittedText?: string;
  /** Spoken answers: the recording's length in seconds. */
  durationSeconds?: number;
  /** Word timestamps, when the transcription endpoint gave them. */
  timedWords?: TimedWord[];
  /** Silences the browser measured while recording (ms), when there are no timestamps. */
  silencesMs?: number[];
  /** The length a good answer to this question has, in words. */
  expectedWords?: { min: number; max: number };
  /** The role's key terms the question is about, and those the answer used (the caller matches them, aliases included). */
  keyTerms?: { all: readonly string[]; used: readonly string[] };
};

export type Band = "good" | "watch" | "work";
export type MetricId = "pace" | "fillers" | "hedges" | "pauses" | "length" | "repeats" | "key-terms";
export type Metric = { id: MetricId; label: string; value: string; band: Band /** What "good" is, in words. */; target: string; tip: string };

/** Research on listening commonly cites about 130–160 words per minute as easiest to follow. */
export const PACE_WPM = { min: 130, max: 160, slack: 20 } as const;
/** A silence this long inside an answer reads as a lost thread. */
export const LONG_PAUSE_SECONDS = 2.5;
/**
 * Typical spoken lengths, in words, by kind of question (about one to two minutes of speech); a
 * coding answer's words are only the explanation beside the code: the approach and its complexity.
 */
export const EXPECTED_WORDS = { CONCEPT: { min: 60, max: 220 }, BEHAVIOURAL: { min: 150, max: 350 }, CODE: { min: 30, max: 150 } } as const;

export const FILLER_PHRASES = ["um", "uh", "er", "erm", "ah", "hmm", "basically", "literally", "you know", "kind of", "sort of", "i mean"] as const;
export const HEDGE_PHRASES = ["maybe", "i guess", "probably", "perhaps", "i think", "i suppose", "not sure", "might be"] as const;

/** Per 100 words: at or under `good` is good, up to `watch` is worth watching. */
export const RATE_BANDS = { fillers: { good: 2, watch: 5 }, hedges: { good: 1, watch: 3 } } as const;

export const per100 = (n: number, total: number) => (total ? (100 * n) / total : 0);
export const round1 = (n: number) => Math.round(n * 10) / 10;
const bandOf = (value: number, good: number, watch: number): Band => (value <= good ? "good" : value <= watch ? "watch" : "work");

/** The band of a pace in words per minute (shared by one answer's feedback and the trend across interviews). */
export function paceBand(wpm: number): Band {
  if (wpm >= PACE_WPM.min && wpm <= PACE_WPM.max) return "good";
  return wpm >= PACE_WPM.min - PACE_WPM.slack && wpm <= PACE_WPM.max + PACE_WPM.slack ? "watch" : "work";
}

/** The band of a filler or hedging rate, per 100 words. */
export const rateBand = (id: keyof typeof RATE_BANDS, value: number): Band => bandOf(value, RATE_BANDS[id].good, RATE_BANDS[id].watch);

/** The counts the rates are made of, for one text: the trend across interviews adds them up. */
export function deliveryCounts(text: string): { words: number; fillers: number; hedges: number } {
  return { words: words(text).length, fillers: phraseCount(text, FILLER_PHRASES), hedges: phraseCount(text, HEDGE_PHRASES) };
}

function pace(count: number, seconds: number): Metric {
  const wpm = Math.round(count / (seconds / 60));
  const tip =
    wpm > PACE_WPM.max
      ? "Slow down a little: pause for a breath after each main point."
      : wpm < PACE_WPM.min
        ? "Pick up the pace a little: say each point once, then move on."
        : "A pace listeners can follow: keep it.";
  return {
    id: "pace",
    label: "Pace",
    value: `${wpm} words a minute`,
    band: paceBand(wpm),
    target: `${PACE_WPM.min}–${PACE_WPM.max} words a minute`,
    tip,
  };
}

function rate(id: "fillers" | "hedges", count: number, total: number, minutes: number | null): Metric {
  const value = per100(count, total);
  const perMinute = minutes ? ` · ${round1(count / minutes)} a minute` : "";
  const fillers = id === "fillers";
  return {
    id,
    label: fillers ? "Filler words" : "Hedging words",
    value: count ? `${count} (${round1(value)} per 100 words${perMinute})` : "none",
    // One slip is not a habit: in a short answer it alone would read as a high rate.
    band: count <= 1 ? "good" : rateBand(id, value),
    target: `${RATE_BANDS[id].good} or fewer per 100 words`,
    tip: fillers
      ? "Replace “um” and “you know” with a short silence: a pause sounds more sure than a filler."
      : "Say what you know plainly; keep “maybe” and “I think” for what you really are unsure of.",
  };
}

/** Gaps between timed words longer than LONG_PAUSE_SECONDS, or the browser's measured silences. */
export function longPauses(input: Pick<DeliveryInput, "timedWords" | "silencesMs">): number[] {
  if (input.timedWords?.length) {
    const gaps: number[] = [];
    for (let i = 1; i < input.timedWords.length; i++) {
      const gap = input.timedWords[i]!.start - input.timedWords[i - 1]!.end;
      if (gap >= LONG_PAUSE_SECONDS) gaps.push(round1(gap));
    }
    return gaps;
  }
  return (input.silencesMs ?? []).map((ms) => round1(ms / 1000)).filter((s) => s >= LONG_PAUSE_SECONDS);
}

function pauses(gaps: number[]): Metric {
  const longest = gaps.length ? Math.max(...gaps) : 0;
  return {
    id: "pauses",
    label: "Long pauses",
    value: gaps.length ? `${gaps.length} (longest ${longest} s)` : "none",
    band: bandOf(gaps.length, 1, 3),
    target: `at most one pause over ${LONG_PAUSE_SECONDS} s`,
    tip: gaps.length > 1 ? "Before answering, pick your two or three points; then a pause is a choice, not a search." : "Pauses in their place: keep them short.",
  };
}

function length(count: number, expected: { min: number; max: number }): Metric {
  const band: Band = count >= expected.min && count <= expected.max ? "good" : count >= expected.min * 0.6 && count <= expected.max * 1.4 ? "watch" : "work";
  const tip =
    count < expected.min
      ? "Say more: the point, how it works, and one example from your own work."
      : count > expected.max
        ? "Trim it: lead with the answer, give one example, and stop."
        : "A length that fits the question.";
  return { id: "length", label: "Length", value: `${count} words`, band, target: `${expected.min}–${expected.max} words`, tip };
}

/** The content words said three times or more, most first (at most three). */
export function mostRepeated(text: string): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const w of words(text)) if (w.length > 2 && !STOP_WORDS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= 3)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([word, count]) => ({ word, count }));
}

function repeats(top: { word: string; count: number }[], total: number): Metric {
  const share = top[0] ? top[0].count / Math.max(1, total) : 0;
  return {
    id: "repeats",
    label: "Words repeated most",
    value: top.length ? top.map((t) => `“${t.word}” ×${t.count}`).join(", ") : "none stands out",
    band: share <= 0.04 ? "good" : share <= 0.08 ? "watch" : "work",
    target: "no word over 4 % of the answer",
    tip: top.length ? `Vary it: name “${top[0]!.word}” once, then say what it does or use its parts' names.` : "Varied wording: keep it.",
  };
}

function keyTerms({ all: terms, used }: { all: readonly string[]; used: readonly string[] }): Metric {
  const share = terms.length ? used.length / terms.length : 1;
  return {
    id: "key-terms",
    label: "The role's key terms",
    value: `${used.length} of ${terms.length}${used.length ? `: ${used.slice(0, 5).join(", ")}` : ""}`,
    band: share >= 0.5 ? "good" : share >= 0.25 ? "watch" : "work",
    target: "half or more of the terms the question is about",
    tip: share >= 0.5 ? "You used the words the role uses: keep it." : "Use the field's own words for what you describe: they show you know the ground.",
  };
}

/** The delivery metrics for one answer (timing ones only for a spoken answer with its duration). */
export function deliveryMetrics(input: DeliveryInput): Metric[] {
  const counts = deliveryCounts(input.text);
  const total = counts.words;
  const spoken = input.durationSeconds !== undefined && input.durationSeconds > 0;
  const minutes = spoken ? input.durationSeconds! / 60 : null;
  const out: Metric[] = [];
  if (spoken && total > 0) out.push(pace(total, input.durationSeconds!));
  out.push(rate("fillers", counts.fillers, total, minutes));
  out.push(rate("hedges", counts.hedges, total, minutes));
  if (spoken && (input.timedWords?.length || input.silencesMs)) out.push(pauses(longPauses(input)));
  const submitted = input.submittedText ?? input.text;
  const submittedWords = input.submittedText === undefined ? total : deliveryCounts(submitted).words;
  if (input.expectedWords) out.push(length(submittedWords, input.expectedWords));
  out.push(repeats(mostRepeated(submitted), submittedWords));
  if (input.keyTerms?.all.length) out.push(keyTerms(input.keyTerms));
  return out;
}
