// The one home of a class leaderboard's rules: what it ranks, over what period, how names show,
// how many rows, and the words for each. The settings form, its server action, the data layer
// and the pages all read them from here. No server code: client components import it too.
import { z } from "zod";

export const LEADERBOARD_METRICS = ["BEST_PER_TOPIC", "POINTS"] as const;
export type LeaderboardMetric = (typeof LEADERBOARD_METRICS)[number];
export const LEADERBOARD_NAMES = ["FULL_NAME", "INITIALS"] as const;
export type LeaderboardNames = (typeof LEADERBOARD_NAMES)[number];

/** POINTS: the periods offered, in days; null is "since the class began". */
export const LEADERBOARD_PERIODS = [7, 30, null] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

/** Rows shown to a student: the top places, plus their own row when it is lower. */
export const LEADERBOARD_TOP = 10;

/** A completed interview's points: its score out of 100, in tenths, rounded (a 75 earns 8). */
export const POINTS_PER_INTERVIEW_DIVISOR = 10;
export function pointsFor(score: number): number {
  return Math.round(score / POINTS_PER_INTERVIEW_DIVISOR);
}

export type LeaderboardSettings = { enabled: boolean; metric: LeaderboardMetric; days: LeaderboardPeriod; names: LeaderboardNames };

/** Off by default: a class shows no leaderboard until its owner turns it on. */
export const DEFAULT_LEADERBOARD: LeaderboardSettings = { enabled: false, metric: "BEST_PER_TOPIC", days: null, names: "INITIALS" };

export const leaderboardMessages = {
  metric: "Choose what the leaderboard ranks: best score per topic, or points.",
  period: "Choose a period: the last 7 days, the last 30 days, or all time.",
  names: "Choose how names show: full names or initials.",
  saved: (s: LeaderboardSettings) => (s.enabled ? `Leaderboard on: ${describeLeaderboard(s)}.` : "Leaderboard off. Students no longer see it."),
  notOn: "This class has no leaderboard.",
} as const;

export const METRIC_LABELS: Record<LeaderboardMetric, string> = {
  BEST_PER_TOPIC: "Best score per topic",
  POINTS: "Points",
};

export const METRIC_HELP: Record<LeaderboardMetric, string> = {
  BEST_PER_TOPIC:
    "Each student's best score on each topic, averaged over the class's topics (open ones, and any the class has already practised). A topic they have not tried counts as 0, so trying every topic pays.",
  POINTS: `Every completed interview earns its score divided by ${POINTS_PER_INTERVIEW_DIVISOR}, rounded (a 75 earns 8 points), added up over the period. Rewards steady practice.`,
};

export const NAMES_LABELS: Record<LeaderboardNames, string> = { FULL_NAME: "Full names", INITIALS: "Initials only" };

export function periodLabel(days: LeaderboardPeriod): string {
  return days === null ? "all time" : `the last ${days} days`;
}

/** "points over the last 7 days, initials only" — what the students see, in one line. */
export function describeLeaderboard(s: LeaderboardSettings): string {
  const what = s.metric === "POINTS" ? `points over ${periodLabel(s.days)}` : "best score per topic";
  return `${what}, ${s.names === "INITIALS" ? "initials only" : "full names"}`;
}

/** "Ada Lovelace" → "A. L."; "Plato" → "P."; the first and last words' first letters. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const picked = words.length === 1 ? [words[0]!] : [words[0]!, words[words.length - 1]!];
  return picked.map((w) => `${Array.from(w)[0]!.toLocaleUpperCase("en")}.`).join(" ");
}

const PERIOD_VALUES = { "7": 7, "30": 30, all: null } as const;

/** The settings form: a checkbox (absent when unticked), the metric, the period (POINTS only) and the names. */
export const leaderboardSettingsSchema = z
  .object({
    enabled: z
      .enum(["on", "true", "false"])
      .optional()
      .transform((v) => v === "on" || v === "true"),
    metric: z.enum(LEADERBOARD_METRICS, leaderboardMessages.metric),
    period: z.enum(["7", "30", "all"], leaderboardMessages.period).default("all"),
    names: z.enum(LEADERBOARD_NAMES, leaderboardMessages.names),
  })
  .transform(
    (v): LeaderboardSettings => ({
      enabled: v.enabled,
      metric: v.metric,
      // The period means nothing for best-per-topic: stored as all time, so switching back starts clean.
      days: v.metric === "POINTS" ? PERIOD_VALUES[v.period] : null,
      names: v.names,
    }),
  );

/** The period as the form's value. */
export function periodValue(days: LeaderboardPeriod): "7" | "30" | "all" {
  return days === null ? "all" : days === 7 ? "7" : "30";
}

/** A stored number of days as one of the offered periods (anything else: all time). */
export function asPeriod(days: number | null): LeaderboardPeriod {
  return days === 7 || days === 30 ? days : null;
}
