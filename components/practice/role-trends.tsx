// Scores per role (job titles compared case-insensitively): a compact table that fits a phone —
// the role with its number of interviews and, once there are two, a small line; latest; best —
// and the full chart for the most practised role.
import { ProgressChart } from "@/components/charts/progress-chart";
import { DataTable } from "@/components/ui/table";
import { plural } from "@/lib/plural";
import type { RoleTrend } from "@/lib/db/queries/job-practice";
import { change } from "./format";
import { Sparkline } from "./sparkline";

export function RoleTrends({ roles }: { roles: RoleTrend[] }) {
  const top = roles.find((r) => r.points.length > 1);
  return (
    <div className="grid min-w-0 gap-4" data-testid="practice-role-trends">
      <DataTable label="Scores by role" columns={["Role", "Latest", "Best"]} data-testid="practice-roles">
        {roles.map((r) => {
          const scores = r.points.map((p) => p.score);
          return (
            <tr key={r.key} className="border-t" data-testid="practice-role-row" data-role={r.key}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <span className="block break-words">{r.role}</span>
                <span className="block text-xs font-normal text-muted-foreground" data-testid="practice-role-count">
                  {plural(r.count, "interview")}
                </span>
                {scores.length > 1 ? (
                  <span className="mt-1 flex items-center gap-2 font-normal">
                    <Sparkline values={scores} className="h-6 w-16" label={r.key} />
                    <span className="text-xs whitespace-nowrap text-muted-foreground tabular-nums">{change(scores)} since the first</span>
                  </span>
                ) : null}
              </th>
              <td className="px-3 py-2 tabular-nums">{r.latest}/100</td>
              <td className="px-3 py-2 tabular-nums">{r.best}/100</td>
            </tr>
          );
        })}
      </DataTable>
      {top ? (
        <div className="grid min-w-0 gap-2" data-testid="practice-top-role-chart">
          <h3 className="text-sm font-medium">
            Scores over time: <span className="break-words">{top.role}</span>
          </h3>
          <ProgressChart data={top.points.map((p) => ({ date: p.date, score: p.score, topic: top.role }))} />
        </div>
      ) : null}
    </div>
  );
}
