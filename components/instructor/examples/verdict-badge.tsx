import { Badge } from "@/components/ui/badge";
import type { Verdict } from "@/lib/domain";

const VARIANT = { STRONG: "success", SHALLOW: "warning", WRONG: "destructive" } as const;

/** A verdict in its colour, with the score when there is one: "strong 88". */
export function VerdictBadge({ verdict, score, testId }: { verdict: Verdict; score?: number; testId?: string }) {
  return (
    <Badge variant={VARIANT[verdict]} data-testid={testId}>
      {verdict.toLowerCase()}
      {score === undefined ? null : ` ${score}`}
    </Badge>
  );
}
