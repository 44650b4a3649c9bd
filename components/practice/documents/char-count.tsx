import { cn } from "@/lib/utils";

/** "1,234 / 20,000 characters", in red over the limit; read out politely as it changes. */
export function CharCount({ count, max, id, testId }: { count: number; max: number; id: string; testId: string }) {
  const over = count > max;
  return (
    <p id={id} className={cn("text-xs tabular-nums", over ? "font-medium text-destructive" : "text-muted-foreground")} aria-live="polite" data-testid={testId}>
      {count.toLocaleString("en")} / {max.toLocaleString("en")} characters{over ? " — too long" : ""}
    </p>
  );
}
