// "Practise again": the same job-practice setup as this report's interview, started at once.
// A plain form posting to the job-practice start action (passed in by the page), so it works
// before JavaScript loads; the new interview picks the questions seen least.
import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/actions/result";
import type { StoredSetup } from "@/lib/job-practice/stored-setup";

export function PractiseAgain({ setup, action }: { setup: StoredSetup; action: FormAction }) {
  return (
    <form action={action} data-testid="practise-again-form">
      <input type="hidden" name="role" value={setup.role} />
      <input type="hidden" name="seniority" value={setup.seniority} />
      <input type="hidden" name="focus" value={setup.focus} />
      <input type="hidden" name="questionCount" value={setup.questionCount} />
      <input type="hidden" name="language" value={setup.language} />
      <Button type="submit" data-testid="practise-again">
        <RotateCcw className="size-4" aria-hidden /> Practise again
      </Button>
    </form>
  );
}
