"use client";
// Deleting an example changes how the grader grades this question from then on, so it is asked
// first; the audit log keeps what was deleted.
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogDescription, AlertDialogFooter, AlertDialogTitle, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions/result";

export function DeleteExampleButton({ action, exampleId, position }: { action: FormAction; exampleId: string; position: number }) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="ghost" size="sm" className="ml-auto text-destructive" data-testid="example-delete">
          Delete<span className="sr-only"> example {position}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent data-testid="example-delete-dialog" className="max-w-[calc(100vw-2rem)] sm:max-w-md">
        <AlertDialogTitle>Delete this example?</AlertDialogTitle>
        <AlertDialogDescription>
          The grader stops using it for new answers to this question. Grades already given stay as they are, and a student&apos;s own grade is not changed.
        </AlertDialogDescription>
        <AlertDialogFooter className="flex-wrap">
          <AlertDialogCancel data-testid="example-delete-cancel">Keep it</AlertDialogCancel>
          <form action={action}>
            <input type="hidden" name="exampleId" value={exampleId} />
            <Button type="submit" variant="destructive" data-testid="example-delete-confirm">
              Delete example
            </Button>
          </form>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
