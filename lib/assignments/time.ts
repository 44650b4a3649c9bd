// Dates as the instructor types them. A datetime-local field has no time zone, so the form also
// sends the browser's IANA zone (e.g. "Europe/Paris"); the server reads the typed wall-clock time
// in that zone, daylight-saving changes included. Pure, shared by the server and the browser.

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC (minutes, east positive) at the instant `utcMs`. */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * "2026-12-01T17:00" typed in `timeZone` → the instant. Null when the text is not a real date.
 * A time skipped by a spring-forward change reads as the hour after.
 */
export function localInputToDate(value: string, timeZone: string): Date | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  // The offset at the wall time read as UTC is a guess; the offset at the guessed instant settles it.
  const guessOffset = offsetMinutes(wall, timeZone);
  const guess = wall - guessOffset * 60_000;
  const actualOffset = offsetMinutes(guess, timeZone);
  return new Date(actualOffset === guessOffset ? guess : wall - actualOffset * 60_000);
}

/** The instant as a datetime-local value in `timeZone` (to fill an edit form). */
export function dateToLocalInput(date: Date, timeZone: string): string {
  const local = new Date(date.getTime() + offsetMinutes(date.getTime(), timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}
