"use client";
// "Practise again": the same job-practice setup as this report's interview, started at once
// (the new interview picks the questions seen least). A refusal — another interview is still
// open, or a language that now needs a model — is shown here, with a way to go on.
import { RotateCcw } from "lucide-react";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import type { StoredSetup } from "@/lib/job-practice/stored-setup";

export function PractiseAgain({ setup, start }: { setup: StoredSetup; start: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(start, null);
  return (
    <form action={action} className="grid gap-2" data-testid="practise-again-form">
      <input type="hidden" name="role" value={setup.role} />
      <input type="hidden" name="seniority" value={setup.seniority} />
      <input type="hidden" name="focus" value={setup.focus} />
      <input type="hidden" name="questionCount" value={setup.questionCount} />
      <input type="hidden" name="language" value={setup.language} />
      <Button type="submit" disabled={pending} data-testid="practise-again" className="w-fit">
        <RotateCcw className="size-4" aria-hidden /> {pending ? "Starting…" : "Practise again"}
      </Button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-destructive" data-testid="practise-again-error">
          {state.message}{" "}
          <Link href="/practice" className="underline">
            Go to Job practice
          </Link>
        </p>
      ) : null}
    </form>
  );
}
