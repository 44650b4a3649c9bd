// The student's countdown line for an assignment ("due in 2 days 3 h", "overdue by 5 h").
// Pure: the server renders it once, the browser re-renders it every half minute.
import { plural } from "@/lib/plural";

export type DueState = "upcoming" | "open" | "overdue";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A span in the two largest units that matter: "2 days 3 h", "3 h 20 min", "12 min". */
export function spanLabel(ms: number): string {
  const span = Math.max(0, ms);
  if (span < MINUTE) return "less than a minute";
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${plural(days, "day")} ${hours} h` : plural(days, "day");
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

export function dueState(now: Date, opensAt: Date, dueAt: Date): DueState {
  if (now.getTime() < opensAt.getTime()) return "upcoming";
  return now.getTime() > dueAt.getTime() ? "overdue" : "open";
}

export function countdownLabel(now: Date, opensAt: Date, dueAt: Date): string {
  const state = dueState(now, opensAt, dueAt);
  if (state === "upcoming") return `opens in ${spanLabel(opensAt.getTime() - now.getTime())}`;
  if (state === "overdue") return `overdue by ${spanLabel(now.getTime() - dueAt.getTime())}`;
  return `due in ${spanLabel(dueAt.getTime() - now.getTime())}`;
}
