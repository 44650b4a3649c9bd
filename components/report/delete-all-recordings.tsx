"use client";
// Deletes every kept recording of one interview at once (asked first), for a student who wants
// none of their voice left on the server; the report then reloads without the players. The page
// keeps rendering it (with a count of 0) after the reload, so its "deleted" line stays.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";

export function DeleteAllRecordings({ sessionId, count }: { sessionId: string; count: number }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "deleting" | "deleted">("idle");
  const [problem, setProblem] = useState<string | null>(null);

  async function remove() {
    setState("deleting");
    setProblem(null);
    const response = await fetch(`/api/interviews/${sessionId}/recordings`, { method: "DELETE" }).catch(() => null);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => null)) as { message?: string } | null;
      setState("idle");
      return setProblem(body?.message ?? "The recordings could not be deleted. Check your connection and try again.");
    }
    setState("deleted");
    router.refresh();
  }

  if (state === "deleted") {
    return (
      <p role="status" className="self-center text-sm text-muted-foreground" data-testid="recordings-deleted">
        All your recordings of this interview were deleted.
      </p>
    );
  }
  if (count === 0) return null;
  const what = count === 1 ? "your 1 kept recording" : `all ${count} of your kept recordings`;
  return (
    <div className="grid gap-1">
      <ConfirmDialog
        trigger={
          <Button type="button" variant="outline" className="text-destructive" disabled={state === "deleting"} data-testid="delete-all-recordings">
            Delete this interview's recordings
          </Button>
        }
        title={`Delete ${what}?`}
        description="Your answers, their transcripts and your report stay; only the audio goes, and it cannot be brought back."
        cancelLabel="Keep them"
        confirmLabel="Delete"
        onConfirm={remove}
        testIds={{ confirm: "delete-all-recordings-confirm" }}
      />
      {problem ? (
        <p role="alert" className="text-xs text-destructive">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
