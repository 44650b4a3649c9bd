"use client";
// A button that asks before it acts: the trigger, a question, what it means, and the two choices.
// One shape for the app's "are you sure?" steps, narrow enough for a phone.
import type { ReactNode } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";

type Props = {
  /** The button that opens the question (rendered as is: give it its own test id). */
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
  testIds?: { dialog?: string; cancel?: string; confirm?: string };
};

export function ConfirmDialog({ trigger, title, description, cancelLabel, confirmLabel, onConfirm, testIds = {} }: Props) {
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>
      <AlertDialogContent className="max-w-[calc(100vw-2rem)] sm:max-w-md" data-testid={testIds.dialog}>
        <AlertDialogTitle>{title}</AlertDialogTitle>
        <AlertDialogDescription>{description}</AlertDialogDescription>
        <AlertDialogFooter className="flex-wrap">
          <AlertDialogCancel data-testid={testIds.cancel}>{cancelLabel}</AlertDialogCancel>
          <AlertDialogAction onClick={onConfirm} data-testid={testIds.confirm}>
            {confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
