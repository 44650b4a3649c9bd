// A leaderboard's rows: rank (shared by ties), name as the class chose ("You" for the viewer's own
// row, highlighted), and the score. Used by the students' card and the instructor's page alike.
import { DataTable } from "@/components/ui/table";
import type { ShownRow } from "@/lib/leaderboard/board";
import type { LeaderboardMetric } from "@/lib/leaderboard/settings";
import { cn } from "@/lib/utils";

export function LeaderboardTable({ rows, metric, label, testId = "leaderboard" }: { rows: ShownRow[]; metric: LeaderboardMetric; label: string; testId?: string }) {
  if (rows.length === 0)
    return (
      <p className="text-sm text-muted-foreground" data-testid={`${testId}-empty`}>
        Nobody is ranked yet: the first completed interview puts its student on the board.
      </p>
    );
  // A gap between the top places and the viewer's own, lower row is shown as a gap.
  const gapBefore = new Set(rows.flatMap((r, i) => (i > 0 && r.rank > rows[i - 1]!.rank + 1 && r.you ? [i] : [])));
  return (
    <DataTable data-testid={testId} label={label} columns={["Rank", "Name", metric === "POINTS" ? "Points" : "Score"]}>
      {rows.map((r, i) => (
        <tr
          key={r.key}
          className={cn("border-t", r.you && "bg-primary/10 font-semibold", gapBefore.has(i) && "border-t-4 border-double")}
          data-testid="leaderboard-row"
          data-you={r.you || undefined}
          aria-current={r.you ? "true" : undefined}
        >
          <td className="px-3 py-2 tabular-nums">{r.rank}</td>
          <td className="px-3 py-2 break-words">{r.name}</td>
          <td className="px-3 py-2 tabular-nums">{r.score}</td>
        </tr>
      ))}
    </DataTable>
  );
}
