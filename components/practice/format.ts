// Shared formatting for the job-practice page (a fixed locale and time zone, so the text does
// not depend on the server's settings).

export const formatDay = (date: string | Date) => new Date(date).toLocaleDateString("en", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** With the time (UTC), so several interviews on one day can be told apart. */
export const formatDayTime = (date: string | Date) =>
  new Date(date).toLocaleString("en", { month: "short", day: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" });

/** "+12", "−4" or "±0": the change from the first value to the last. */
export function change(values: number[]): string {
  if (values.length < 2) return "";
  const d = values[values.length - 1]! - values[0]!;
  return d > 0 ? `+${d}` : d < 0 ? `−${-d}` : "±0";
}
