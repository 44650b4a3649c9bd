import type { Metadata } from "next";
import { BatchDashboard } from "@/components/instructor/batch-dashboard";
import { batchDashboard, classSetup } from "@/lib/db/queries/analytics";
import { formatClassCode } from "@/lib/domain";
import { classAccess } from "@/lib/db/queries/class-access";
import { instructorPage, orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Class dashboard" };

export default async function BatchDashboardPage({ params }: { params: Promise<{ batchId: string }> }) {
  const instructor = await instructorPage();
  const { batchId } = await params;
  const batch = await orNotFound(classAccess(batchId, instructor.id, "view"));
  // Both at once (the setup counts are cheap); a class nobody has practised in yet gets its
  // setup checklist, not a page of empty charts.
  const [setup, data] = await Promise.all([classSetup(batchId), batchDashboard(batchId)]);
  if (!setup.hasSessions) return <BatchDashboard batchId={batchId} data={null} setup={setup} classCode={formatClassCode(batch.classCode)} />;
  return <BatchDashboard batchId={batchId} data={data} />;
}
