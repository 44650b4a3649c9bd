import type { Metadata } from "next";
import { leaderboardSettingsAction } from "@/app/(instructor)/instructor/leaderboard-actions";
import { LeaderboardSettingsForm } from "@/components/instructor/leaderboard-settings-form";
import { LeaderboardTable } from "@/components/leaderboard/leaderboard-table";
import { instructorLeaderboard } from "@/lib/db/queries/leaderboard";
import { showBoard } from "@/lib/leaderboard/board";
import { describeLeaderboard, METRIC_HELP } from "@/lib/leaderboard/settings";
import { classPage } from "@/lib/pages";
import { plural } from "@/lib/plural";

export const metadata: Metadata = { title: "Leaderboard" };

/**
 * The class's leaderboard: its settings (the owner changes them; an assistant reads them) and the
 * board itself. Staff see full names (they see them in the analytics anyway); students who hid
 * themselves are left out here too, and only counted: who chose to hide is theirs to know.
 */
export default async function LeaderboardPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const { batch, canManage } = await classPage(batchId);
  const { settings, board } = await instructorLeaderboard(batch);
  const shown = showBoard(board, settings, null, true);
  return (
    <section className="grid min-w-0 gap-4" aria-labelledby="leaderboard-heading">
      <div className="grid gap-1">
        <h2 id="leaderboard-heading" className="text-lg font-semibold">
          Leaderboard
        </h2>
        <p className="text-sm text-muted-foreground">An opt-in ranking for the class. Students see the top 10 and their own place; their own row reads “You”.</p>
      </div>
      {canManage ? (
        <LeaderboardSettingsForm batchId={batch.id} settings={settings} save={leaderboardSettingsAction} />
      ) : (
        <p className="rounded-xl border p-4 text-sm" data-testid="leaderboard-readonly">
          {settings.enabled ? `On: ${describeLeaderboard(settings)}.` : "Off."} Only the class owner can change it.
        </p>
      )}
      <div className="grid gap-2">
        <h3 className="font-medium">{settings.enabled ? "What students see now (with full names for you)" : "How it would look (students do not see it while it is off)"}</h3>
        <p className="text-sm text-muted-foreground">{METRIC_HELP[settings.metric]}</p>
        <p className="text-sm" data-testid="leaderboard-counts">
          {plural(shown.ranked, "student")} ranked
          {shown.hidden > 0 ? ` · ${plural(shown.hidden, "student has", "students have")} chosen to hide from the leaderboard (not shown, here or to the class)` : ""}.
        </p>
        <LeaderboardTable rows={shown.rows} metric={settings.metric} label="Class leaderboard" />
      </div>
    </section>
  );
}
