import { cn } from "@/lib/utils";

/** A form's result line: announced politely when it worked, at once (alert) when it did not. Nothing when there is no message. */
export function FormMessage({ ok, message, testId }: { ok: boolean | undefined; message: string | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <p role={ok ? "status" : "alert"} className={cn("text-sm", ok ? "text-success" : "text-destructive")} data-testid={testId}>
      {message}
    </p>
  );
}
