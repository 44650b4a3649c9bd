// The class dashboard's line about the next assignment due: its title, due date and completion.
import Link from "next/link";
import { LocalTime } from "@/components/assignments/local-time";
import { Card } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import type { CompletionCounts } from "@/lib/assignments/progress";

export function NextDueSummary({ href, next }: { href: string; next: { title: string; dueAt: string; counts: CompletionCounts } | null }) {
  if (!next) return null;
  return (
    <Card className="grid gap-2 p-4" data-testid="next-due">
      <p className="text-sm">
        Next due: <span className="font-medium">{next.title}</span> · <LocalTime iso={next.dueAt} /> ·{" "}
        <span className="font-semibold">
          {next.counts.completed} of {next.counts.total} completed ({next.counts.percent}%)
        </span>{" "}
        ·{" "}
        <Link href={href} className="text-primary hover:underline">
          See assignments
        </Link>
      </p>
      <Progress value={next.counts.percent} aria-label={`${next.title}: ${next.counts.percent}% completed`} />
    </Card>
  );
}
