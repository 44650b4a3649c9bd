"use client";
// Deleting a resume or job description asks first, and says what else goes with it.
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogDescription, AlertDialogFooter, AlertDialogTitle, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions/result";

type Props = { action: FormAction; what: "resume" | "job description"; testId: string };

export function DeleteDocumentButton({ action, what, testId }: Props) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="outline" size="sm" className="text-destructive" data-testid={`${testId}-delete`}>
          Delete<span className="sr-only"> your {what}</span>
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent data-testid={`${testId}-delete-dialog`} className="max-w-[calc(100vw-2rem)] sm:max-w-md">
        <AlertDialogTitle>Delete your {what}?</AlertDialogTitle>
        <AlertDialogDescription>
          Its text is removed from this app for good, and so are the lines your loops kept from your documents. Questions you were already asked stay in your own transcripts, with
          your scores.
        </AlertDialogDescription>
        <AlertDialogFooter className="flex-wrap">
          <AlertDialogCancel data-testid={`${testId}-delete-cancel`}>Keep it</AlertDialogCancel>
          <form action={action}>
            <Button type="submit" variant="destructive" data-testid={`${testId}-delete-confirm`}>
              Delete {what}
            </Button>
          </form>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
