import type { Metadata } from "next";
import { createTopicAction, editTopicAction, topicSettingAction } from "@/app/(instructor)/instructor/actions";
import { TopicsManager } from "@/components/instructor/topics-manager";
import { batchOverview } from "@/lib/db/queries/instructor";
import { classPage, orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Topics" };

export default async function TopicsPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const { user, canManage } = await classPage(batchId);
  const { topics } = await orNotFound(batchOverview(batchId, user.id));
  return (
    <TopicsManager
      batchId={batchId}
      actions={canManage ? { createTopic: createTopicAction, editTopic: editTopicAction, topicSetting: topicSettingAction } : undefined}
      topics={topics.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        unlocked: t.unlocked,
        showFeedback: t.showFeedback,
        adaptive: t.adaptive,
        questions: t._count.questions,
        sessions: t._count.sessions,
      }))}
    />
  );
}
