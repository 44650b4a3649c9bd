"use client";
// A topic's or a question's resources, each with its link (opened safely, http(s) only), the key
// point it helps with, its note, and Edit / Delete. Deleting asks first; reports stop showing it.
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogDescription, AlertDialogFooter, AlertDialogTitle, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { FormAction, StateAction } from "@/lib/actions/result";
import { safeResourceUrl } from "@/lib/resources/validation";
import { ResourceForm } from "./resource-form";

export type ManagedResource = { id: string; title: string; url: string | null; note: string; keyPoint: string | null };

/** Without actions (an assistant's view) the list is read-only. */
export function ResourceList({ resources, actions }: { resources: ManagedResource[]; actions?: { update: StateAction; remove: FormAction } }) {
  if (resources.length === 0) return <p className="text-sm text-muted-foreground">None yet.</p>;
  return (
    <ul className="grid gap-3" data-testid="resource-list">
      {resources.map((r) => {
        const href = safeResourceUrl(r.url);
        return (
          <li key={r.id} className="grid min-w-0 gap-1 rounded-lg border p-3 text-sm" data-testid="resource-item" data-title={r.title}>
            <div className="flex min-w-0 flex-wrap items-center gap-2">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" className="min-w-0 break-words font-medium text-primary underline underline-offset-4">
                  {r.title}
                </a>
              ) : (
                <span className="min-w-0 break-words font-medium">{r.title}</span>
              )}
              {r.keyPoint ? (
                <Badge variant="outline" className="max-w-full whitespace-normal break-words" data-testid="resource-key-point">
                  Key point: {r.keyPoint}
                </Badge>
              ) : null}
            </div>
            {href ? <p className="break-all text-xs text-muted-foreground">{href}</p> : null}
            {r.note ? <p className="whitespace-pre-wrap break-words text-muted-foreground">{r.note}</p> : null}
            {actions ? (
              <div className="flex flex-wrap items-start gap-2">
                <details className="min-w-0 flex-1">
                  <summary className="w-fit cursor-pointer text-primary" data-testid="resource-edit">
                    Edit<span className="sr-only"> {r.title}</span>
                  </summary>
                  <div className="mt-2">
                    <ResourceForm action={actions.update} hidden={{ resourceId: r.id }} defaults={r} submitLabel="Save" testId="resource-edit-form" />
                  </div>
                </details>
                <DeleteResource id={r.id} title={r.title} remove={actions.remove} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function DeleteResource({ id, title, remove }: { id: string; title: string; remove: FormAction }) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="ghost" size="sm" className="text-destructive" data-testid="resource-delete">
          Delete<span className="sr-only"> {title}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent className="max-w-[calc(100vw-2rem)] sm:max-w-md" data-testid="resource-delete-dialog">
        <AlertDialogTitle>Delete “{title}”?</AlertDialogTitle>
        <AlertDialogDescription>Reports stop linking to it, old ones included.</AlertDialogDescription>
        <AlertDialogFooter className="flex-wrap">
          <AlertDialogCancel>Keep it</AlertDialogCancel>
          <form action={remove}>
            <input type="hidden" name="resourceId" value={id} />
            <Button type="submit" variant="destructive" data-testid="resource-delete-confirm">
              Delete resource
            </Button>
          </form>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
