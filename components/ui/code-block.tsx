// A block of code or program output: monospace, scrolling inside itself (never the page), and
// reachable by keyboard so it can be scrolled (axe: scrollable-region-focusable).
import { cn } from "@/lib/utils";

type Props = { children: string; label: string; "data-testid"?: string; className?: string; wrap?: boolean };

export function CodeBlock({ children, label, className, wrap = false, ...props }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className={cn("max-h-96 min-w-0 overflow-auto rounded-md border bg-muted/40", className)} aria-label={label} tabIndex={0} {...props}>
      <pre className={cn("p-3 font-mono text-xs leading-relaxed", wrap ? "whitespace-pre-wrap break-words" : "whitespace-pre")}>
        <code>{children}</code>
      </pre>
    </section>
  );
}
