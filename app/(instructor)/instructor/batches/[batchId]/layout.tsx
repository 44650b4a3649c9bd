import { archiveBatchAction, batchFeedbackAction, regenerateCodeAction, renameBatchAction } from "@/app/(instructor)/instructor/actions";
import { BatchHeader } from "@/components/instructor/batch-header";
import { batchOverview } from "@/lib/db/queries/instructor";
import { classPage, orNotFound } from "@/lib/pages";

export default async function BatchLayout({ children, params }: { children: React.ReactNode; params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const { user, role } = await classPage(batchId);
  const { batch, students, topics } = await orNotFound(batchOverview(batchId, user.id));
  return (
    <div className="grid gap-6">
      <BatchHeader
        batch={{ id: batch.id, name: batch.name, classCode: batch.classCode, archived: !!batch.archivedAt, showFeedback: batch.showFeedback }}
        students={students}
        role={role}
        topics={topics.length}
        actions={{ rename: renameBatchAction, regenerateCode: regenerateCodeAction, archive: archiveBatchAction, feedback: batchFeedbackAction }}
      />
      {children}
    </div>
  );
}
