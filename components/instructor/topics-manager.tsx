import { plural } from "@/lib/plural";
import { ArrowDown, ArrowUp } from "lucide-react";
import Link from "next/link";
import { TopicLockBadge } from "@/components/topic-lock-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { FormAction, StateAction } from "@/lib/actions/result";
import { classRoleMessages } from "@/lib/class-roles";
import { ActionForm } from "./action-form";
import { UnlockEmptyTopic } from "./unlock-empty-topic";

/** The topic actions, passed in by the page (components do not import from app/). */
export type TopicActions = { createTopic: StateAction; editTopic: StateAction; topicSetting: FormAction };

export type ManagedTopic = {
  id: string;
  name: string;
  description: string;
  unlocked: boolean;
  showFeedback: boolean | null;
  /** Adaptive difficulty (switched on the topic's own page); left out, the list does not mention it. */
  adaptive?: boolean;
  questions: number;
  sessions: number;
};

type SettingProps = { action: FormAction; topicId: string; name: string; value: string; label: string; testId?: string; icon?: React.ReactNode };

function SettingButton({ action, topicId, name, value, label, testId, icon }: SettingProps) {
  return (
    <form action={action}>
      <input type="hidden" name="topicId" value={topicId} />
      <input type="hidden" name={name} value={value} />
      <Button type="submit" variant="outline" size="sm" data-testid={testId} aria-label={icon ? label : undefined}>
        {icon ?? label}
      </Button>
    </form>
  );
}

/** Without actions (an assistant's view), the topics are listed read-only. */
export function TopicsManager({ batchId, topics, actions }: { batchId: string; topics: ManagedTopic[]; actions?: TopicActions }) {
  return (
    <div className="grid gap-6" data-testid="topics-manager">
      {actions ? <AddTopicCard batchId={batchId} createTopic={actions.createTopic} /> : <p className="text-sm text-muted-foreground">{classRoleMessages.assistantReadOnly}</p>}
      <ol className="grid gap-3">
        {topics.map((t, i) => (
          <li key={t.id}>
            <Card data-testid="managed-topic" data-topic-name={t.name}>
              <CardContent className="flex flex-wrap items-center gap-3 p-4">
                {actions ? (
                  <div className="flex flex-col gap-1">
                    <SettingButton action={actions.topicSetting} topicId={t.id} name="move" value="up" label={`Move ${t.name} up`} icon={<ArrowUp aria-hidden />} />
                    <SettingButton action={actions.topicSetting} topicId={t.id} name="move" value="down" label={`Move ${t.name} down`} icon={<ArrowDown aria-hidden />} />
                  </div>
                ) : null}
                <div className="min-w-48 flex-1">
                  <p className="font-medium">
                    {i + 1}. {t.name} <TopicLockBadge unlocked={t.unlocked} />
                  </p>
                  <p className="text-sm text-muted-foreground">
                    {t.questions === 0 ? <span className="text-destructive">no questions yet</span> : plural(t.questions, "question")} · {plural(t.sessions, "session")} · feedback
                    after each answer: {t.showFeedback === null ? "class default" : t.showFeedback ? "shown" : "report only"}
                    {t.adaptive === undefined ? null : <span data-testid="topic-adaptive-state"> · difficulty: {t.adaptive ? "adaptive" : "easy → hard"}</span>}
                  </p>
                </div>
                {actions ? (
                  <details className="w-full basis-full text-sm">
                    <summary className="cursor-pointer text-primary">Edit name and description</summary>
                    <ActionForm action={actions.editTopic} submitLabel="Save topic" className="mt-2 sm:grid-cols-2">
                      <input type="hidden" name="topicId" value={t.id} />
                      <div className="grid gap-1">
                        <Label htmlFor={`name-${t.id}`}>Name</Label>
                        <Input id={`name-${t.id}`} name="name" defaultValue={t.name} required maxLength={120} />
                      </div>
                      <div className="grid gap-1">
                        <Label htmlFor={`description-${t.id}`}>Description</Label>
                        <Input id={`description-${t.id}`} name="description" defaultValue={t.description} maxLength={500} />
                      </div>
                    </ActionForm>
                  </details>
                ) : null}
                <div className="flex flex-wrap gap-2">
                  {!actions ? null : !t.unlocked && t.questions === 0 ? (
                    <UnlockEmptyTopic action={actions.topicSetting} topicId={t.id} topicName={t.name} />
                  ) : (
                    <SettingButton
                      action={actions.topicSetting}
                      topicId={t.id}
                      name="unlocked"
                      value={t.unlocked ? "false" : "true"}
                      label={t.unlocked ? "Lock" : "Unlock"}
                      testId="toggle-lock"
                    />
                  )}
                  {actions ? (
                    <SettingButton
                      action={actions.topicSetting}
                      topicId={t.id}
                      name="showFeedback"
                      value={t.showFeedback === null ? "true" : t.showFeedback ? "false" : "inherit"}
                      label={t.showFeedback === null ? "Show feedback" : t.showFeedback ? "Report-only feedback" : "Use class default"}
                    />
                  ) : null}
                  <Button asChild size="sm">
                    <Link href={`/instructor/batches/${batchId}/topics/${t.id}`} data-testid="manage-questions">
                      {actions ? "Questions & upload" : "Questions"}
                    </Link>
                  </Button>
                </div>
              </CardContent>
            </Card>
          </li>
        ))}
      </ol>
      {topics.length === 0 ? <p className="text-sm text-muted-foreground">{actions ? "No topics yet: add the first one above." : "No topics yet."}</p> : null}
    </div>
  );
}

function AddTopicCard({ batchId, createTopic }: { batchId: string; createTopic: StateAction }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2" className="text-base">
          Add a topic
        </CardTitle>
        <CardDescription>New topics start locked; students see them once you unlock them.</CardDescription>
      </CardHeader>
      <CardContent>
        <ActionForm action={createTopic} submitLabel="Add topic" testId="create-topic" className="sm:grid-cols-2">
          <input type="hidden" name="batchId" value={batchId} />
          <div className="grid gap-2">
            <Label htmlFor="topic-name">Name</Label>
            <Input id="topic-name" name="name" required maxLength={120} data-testid="topic-name" />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="topic-description">Description (optional)</Label>
            <Input id="topic-description" name="description" maxLength={500} />
          </div>
        </ActionForm>
      </CardContent>
    </Card>
  );
}
