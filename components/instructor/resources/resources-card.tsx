// Resources on a topic's or a question's page: what is attached, and a form to add one. A
// student's report links each missed point to them (key point → question → topic).
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { FormAction, StateAction } from "@/lib/actions/result";
import { plural } from "@/lib/plural";
import { MAX_RESOURCES_PER_TOPIC } from "@/lib/resources/validation";
import { type ManagedResource, ResourceList } from "./resource-list";
import { ResourceForm } from "./resource-form";

export type ResourceActions = { create: StateAction; update: StateAction; remove: FormAction };

type Props = {
  topicId: string;
  /** On a question's page: the question, and its key points to attach to. */
  question?: { id: string; keyPoints: string[] };
  resources: ManagedResource[];
  /** How many the topic has in all (its questions' included), against the limit. */
  topicTotal: number;
  /** Absent for an assistant: the list is shown read-only (resources are the owner's to change). */
  actions?: ResourceActions;
};

export function ResourcesCard({ topicId, question, resources, topicTotal, actions }: Props) {
  const full = topicTotal >= MAX_RESOURCES_PER_TOPIC;
  return (
    <Card data-testid="resources">
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          {question ? "Resources for this question" : "Resources for this topic"}
        </CardTitle>
        <CardDescription>
          {question
            ? "Links or notes shown to a student who misses a point of this question: pick a key point, or the whole question."
            : "Links or notes shown in a student's report for a missed point when its question has none of its own. Each question's page has its own."}{" "}
          Reports look them up when opened, so older reports show them too.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ResourceList resources={resources} actions={actions} />
        {!actions ? null : full ? (
          <p className="text-sm text-muted-foreground" data-testid="resources-full">
            This topic has {plural(topicTotal, "resource")}, the most it can have. Delete one to add another.
          </p>
        ) : (
          // Always open: a collapsed form closed itself when the first resource arrived, hiding its message.
          <div className="grid gap-3 rounded-lg border p-3">
            <h4 className="text-sm font-medium">Add a resource</h4>
            <ResourceForm
              action={actions.create}
              hidden={question ? { topicId, questionId: question.id } : { topicId }}
              keyPoints={question?.keyPoints}
              submitLabel="Add resource"
              testId="resource-add"
            />
          </div>
        )}
      </CardContent>
    </Card>
  );
}
