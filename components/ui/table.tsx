import type * as React from "react";
import { cn } from "@/lib/utils";

/**
 * A bordered, horizontally scrollable table with a muted header row. The wrapper is `relative`
 * so screen-reader-only text (absolutely positioned) stays inside the scroll box instead of
 * widening the page, and focusable so keyboard users can scroll it.
 */
export function DataTable({
  columns,
  label,
  className,
  children,
  ...props
}: React.ComponentProps<"table"> & { columns: (string | { label: string; srOnly: true })[] /** Names the scroll region for screen readers. */; label?: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="relative max-w-full overflow-x-auto rounded-xl border" tabIndex={0} aria-label={label}>
      <table className={cn("w-full text-sm", className)} {...props}>
        <thead className="bg-muted text-left text-muted-foreground">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className="px-3 py-2 font-medium">
                {typeof c === "string" ? c : <span className="sr-only">{c.label}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}
