// The leaderboards of the student's classes that have one on: the top places, their own row
// ("You", highlighted) when lower, where they stand, and their choice to hide.
import { LeaderboardTable } from "@/components/leaderboard/leaderboard-table";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { StateAction } from "@/lib/actions/result";
import type { ShownBoard, ViewerStanding } from "@/lib/leaderboard/board";
import { describeLeaderboard, type LeaderboardSettings } from "@/lib/leaderboard/settings";
import { LeaderboardVisibility } from "./leaderboard-visibility";

export type ClassLeaderboard = { batchId: string; batchName: string; settings: LeaderboardSettings; board: ShownBoard };

export function ClassLeaderboards({ boards, setVisibility }: { boards: ClassLeaderboard[]; setVisibility: StateAction }) {
  if (boards.length === 0) return null;
  return (
    <section aria-labelledby="leaderboards-heading" className="grid gap-3">
      <h2 id="leaderboards-heading" className="text-lg font-semibold">
        Leaderboards
      </h2>
      <div className="grid gap-4 *:min-w-0 lg:grid-cols-2">
        {boards.map((b) => (
          <Card key={b.batchId} data-testid="class-leaderboard" data-batch-id={b.batchId}>
            <CardHeader>
              <CardTitle as="h3" className="text-base break-words">
                {b.batchName}
              </CardTitle>
              <CardDescription>Ranked by {describeLeaderboard(b.settings)}.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3">
              <Standing standing={b.board.standing} metric={b.settings} />
              <LeaderboardTable rows={b.board.rows} metric={b.settings.metric} label={`Leaderboard for ${b.batchName}`} />
              <LeaderboardVisibility batchId={b.batchId} batchName={b.batchName} hidden={b.board.standing?.kind === "hidden"} setVisibility={setVisibility} />
            </CardContent>
          </Card>
        ))}
      </div>
    </section>
  );
}

function Standing({ standing, metric }: { standing: ViewerStanding; metric: LeaderboardSettings }) {
  if (!standing) return null;
  const text =
    standing.kind === "hidden"
      ? `You are hidden: other students do not see you on this leaderboard, and you are not ranked.${standing.score === null ? "" : ` Your ${metric.metric === "POINTS" ? "points" : "score"}: ${standing.score}.`}`
      : standing.kind === "unranked"
        ? metric.metric === "POINTS" && metric.days !== null
          ? `Complete an interview in this class within ${metric.days} days to be ranked.`
          : "Complete an interview in this class to be ranked."
        : `You are number ${standing.rank} of ${standing.of}.`;
  return (
    <p className="text-sm" data-testid="leaderboard-standing" data-kind={standing.kind}>
      {text}
    </p>
  );
}
