import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { FormAction, StateAction } from "@/lib/actions/result";
import { CLASS_ROLE_LABELS, type ClassRole, classRoleMessages } from "@/lib/class-roles";
import { formatClassCode } from "@/lib/domain";
import { ActionForm } from "./action-form";
import { BatchNav } from "./batch-nav";

/** The class's server actions, passed in by the page (components do not import from app/). */
export type BatchHeaderActions = { rename: StateAction; regenerateCode: FormAction; archive: FormAction; feedback: FormAction };

type Props = {
  batch: { id: string; name: string; classCode: string; archived: boolean; showFeedback: boolean };
  students: number;
  topics: number;
  /** The caller's role: an assistant sees the class without its owner-only controls. */
  role: ClassRole;
  actions: BatchHeaderActions;
};

export function BatchHeader({ batch, students, topics, role, actions }: Props) {
  const owner = role === "OWNER";
  const base = `/instructor/batches/${batch.id}`;
  return (
    <header className="grid gap-4 border-b pb-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <Link href="/instructor" className="text-sm text-muted-foreground hover:underline">
            ← All classes
          </Link>
          <h1 className="text-2xl font-bold tracking-tight break-words" data-testid="batch-name">
            {batch.name} {batch.archived ? <Badge variant="secondary">Archived</Badge> : null}
          </h1>
          <p className="text-sm text-muted-foreground">
            {students} student{students === 1 ? "" : "s"} · {topics} topic{topics === 1 ? "" : "s"}
            {owner ? null : (
              <>
                {" · "}
                <Badge variant="outline" data-testid="class-role">
                  {CLASS_ROLE_LABELS[role]}
                </Badge>
              </>
            )}
          </p>
        </div>
        <div className="grid justify-items-start gap-2">
          <p className="text-sm">
            Class code{" "}
            <code className="rounded bg-muted px-2 py-1 font-mono text-base font-semibold" data-testid="class-code" id="class-code">
              {formatClassCode(batch.classCode)}
            </code>
          </p>
          {owner ? (
            <form action={actions.regenerateCode}>
              <input type="hidden" name="batchId" value={batch.id} />
              <Button type="submit" variant="outline" size="sm" data-testid="regenerate-code">
                New code (the old one stops working)
              </Button>
            </form>
          ) : null}
        </div>
      </div>
      {owner ? (
        <details className="rounded-lg border p-3 text-sm">
          <summary className="cursor-pointer font-medium">Class settings</summary>
          <div className="mt-3 grid gap-4 *:min-w-0 sm:grid-cols-3">
            <ActionForm action={actions.rename} submitLabel="Rename" testId="rename-batch">
              <input type="hidden" name="batchId" value={batch.id} />
              <Label htmlFor="rename">Name</Label>
              <Input id="rename" name="name" defaultValue={batch.name} maxLength={120} required />
            </ActionForm>
            <form action={actions.feedback} className="grid content-start gap-2">
              <input type="hidden" name="batchId" value={batch.id} />
              <input type="hidden" name="showFeedback" value={batch.showFeedback ? "false" : "true"} />
              <p>Feedback after each answer: {batch.showFeedback ? "shown" : "kept for the report"} (topics can override)</p>
              <Button type="submit" variant="outline" size="sm" className="w-fit">
                {batch.showFeedback ? "Keep feedback for the report" : "Show brief feedback after each answer"}
              </Button>
            </form>
            <form action={actions.archive} className="grid content-start gap-2">
              <input type="hidden" name="batchId" value={batch.id} />
              <input type="hidden" name="archived" value={batch.archived ? "false" : "true"} />
              <p>{batch.archived ? "Archived: hidden from students, results kept." : "Archiving hides the class from students; all results are kept."}</p>
              <Button type="submit" variant="outline" size="sm" className="w-fit" data-testid="archive-batch">
                {batch.archived ? "Restore class" : "Archive class"}
              </Button>
            </form>
          </div>
        </details>
      ) : (
        <p className="text-sm text-muted-foreground">{classRoleMessages.assistantReadOnly}</p>
      )}
      <BatchNav base={base} />
    </header>
  );
}
