import { cn } from "@/lib/utils";

/**
 * "1,234 / 20,000 characters", in red over the limit. The count itself is not a live region (it
 * would be read out on every keystroke); crossing the limit is announced once, politely.
 */
export function CharCount({ count, max, id, testId }: { count: number; max: number; id: string; testId: string }) {
  const over = count > max;
  return (
    <>
      <p id={id} className={cn("text-xs tabular-nums", over ? "font-medium text-destructive" : "text-muted-foreground")} data-testid={testId}>
        {count.toLocaleString("en")} / {max.toLocaleString("en")} characters{over ? " — too long" : ""}
      </p>
      <p className="sr-only" aria-live="polite">
        {over ? `Too long: ${max.toLocaleString("en")} characters at most.` : ""}
      </p>
    </>
  );
}
