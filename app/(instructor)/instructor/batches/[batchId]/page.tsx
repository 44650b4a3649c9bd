import type { Metadata } from "next";
import { BatchDashboard } from "@/components/instructor/batch-dashboard";
import { batchDashboard } from "@/lib/db/queries/analytics";
import { ownedBatch } from "@/lib/db/queries/instructor";
import { instructorPage, orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Class dashboard" };

export default async function BatchDashboardPage({ params }: { params: Promise<{ batchId: string }> }) {
  const instructor = await instructorPage();
  const { batchId } = await params;
  await orNotFound(ownedBatch(batchId, instructor.id));
  return <BatchDashboard batchId={batchId} data={await batchDashboard(batchId)} />;
}
