"use client";
// Unlocking a topic with no questions would show students a topic they cannot practise, so
// it is asked first. The form says confirmEmpty, which the server action requires for an empty topic.
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogDescription, AlertDialogFooter, AlertDialogTitle, AlertDialogTrigger } from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions/result";

export function UnlockEmptyTopic({ action, topicId, topicName }: { action: FormAction; topicId: string; topicName: string }) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button type="button" variant="outline" size="sm" data-testid="toggle-lock">
          Unlock
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent data-testid="unlock-empty-dialog" className="max-w-[calc(100vw-2rem)] sm:max-w-md">
        <AlertDialogTitle>Unlock a topic with no questions?</AlertDialogTitle>
        <AlertDialogDescription>
          “{topicName}” has no questions yet. Students would see it in their list but could not start an interview in it until you add questions.
        </AlertDialogDescription>
        <AlertDialogFooter className="flex-wrap">
          <AlertDialogCancel data-testid="unlock-empty-cancel">Keep it locked</AlertDialogCancel>
          <form action={action}>
            <input type="hidden" name="topicId" value={topicId} />
            <input type="hidden" name="unlocked" value="true" />
            <input type="hidden" name="confirmEmpty" value="true" />
            <Button type="submit" data-testid="unlock-empty-confirm">
              Unlock anyway
            </Button>
          </form>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
