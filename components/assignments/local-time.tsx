"use client";
// A date shown in the viewer's own time zone (the server renders it in UTC and says so, until the
// browser takes over).
import { useTimeZone } from "./use-time-zone";

export function formatInZone(iso: string, timeZone: string | null): string {
  const date = new Date(iso);
  const text = date.toLocaleString("en-GB", { timeZone: timeZone ?? "UTC", weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  return timeZone ? text : `${text} UTC`;
}

export function LocalTime({ iso, testId }: { iso: string; testId?: string }) {
  const zone = useTimeZone();
  return (
    <time dateTime={iso} data-testid={testId}>
      {formatInZone(iso, zone)}
    </time>
  );
}
