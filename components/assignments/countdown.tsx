"use client";
// The live countdown line ("due in 2 days 3 h"): rendered first with the server's clock, then
// with the browser's, every half minute.
import { useEffect, useState } from "react";
import { countdownLabel, dueState } from "@/lib/assignments/countdown";
import { cn } from "@/lib/utils";

export function Countdown({ opensAt, dueAt, serverNow, testId }: { opensAt: string; dueAt: string; serverNow: string; testId?: string }) {
  const [now, setNow] = useState(() => new Date(serverNow));
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const opens = new Date(opensAt);
  const due = new Date(dueAt);
  const state = dueState(now, opens, due);
  return (
    <span className={cn("font-medium", state === "overdue" && "text-destructive")} data-testid={testId} data-state={state}>
      {countdownLabel(now, opens, due)}
    </span>
  );
}
