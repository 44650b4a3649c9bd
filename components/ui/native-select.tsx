import type * as React from "react";
import { cn } from "@/lib/utils";

/** The browser's own <select>, styled like Input: keyboard and screen-reader behaviour for free. */
export function NativeSelect({ className, ...props }: React.ComponentProps<"select">) {
  return <select className={cn("h-10 rounded-md border border-input bg-background px-2 text-sm", className)} {...props} />;
}
