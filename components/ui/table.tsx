import type * as React from "react";
import { cn } from "@/lib/utils";

/** A bordered, horizontally scrollable table with a muted header row. */
export function DataTable({ columns, className, children, ...props }: React.ComponentProps<"table"> & { columns: (string | { label: string; srOnly: true })[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border">
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
    </div>
  );
}
