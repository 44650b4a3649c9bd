import type { Metadata } from "next";
import { BatchDashboard } from "@/components/instructor/batch-dashboard";
import { NextDueSummary } from "@/components/instructor/assignments/next-due-summary";
import { batchPath } from "@/lib/actions/fields";
import { completionOf } from "@/lib/assignments/progress";
import { nextDueAssignment } from "@/lib/db/queries/assignments";
import { batchDashboard, classSetup } from "@/lib/db/queries/analytics";
import { formatClassCode } from "@/lib/domain";
import { classPage } from "@/lib/pages";

export const metadata: Metadata = { title: "Class dashboard" };

export default async function BatchDashboardPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const { user: instructor, batch } = await classPage(batchId);
  // Both at once (the setup counts are cheap); a class nobody has practised in yet gets its
  // setup checklist, not a page of empty charts.
  const [setup, data, next] = await Promise.all([classSetup(batchId), batchDashboard(batchId), nextDueAssignment(batchId, instructor.id)]);
  const due = next ? { title: next.title, dueAt: next.dueAt.toISOString(), counts: completionOf(next.statuses) } : null;
  return (
    <div className="grid gap-6 *:min-w-0">
      <NextDueSummary href={`${batchPath(batchId)}/assignments`} next={due} />
      {setup.hasSessions ? (
        <BatchDashboard batchId={batchId} data={data} />
      ) : (
        <BatchDashboard batchId={batchId} data={null} setup={setup} classCode={formatClassCode(batch.classCode)} />
      )}
    </div>
  );
}
