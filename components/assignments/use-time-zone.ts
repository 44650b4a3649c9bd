"use client";
// The browser's time zone, for reading and showing assignment dates as the viewer's local time.
// null while the server renders (it cannot know the zone); the browser then renders again.
import { useSyncExternalStore } from "react";

const noChanges = () => () => {};

export function useTimeZone(): string | null {
  return useSyncExternalStore(
    noChanges,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );
}
