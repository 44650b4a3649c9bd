import type { StateAction } from "@/lib/actions/result";
import { type ExampleSourceName, exampleLabel, type InfluencingExample, influenceLine } from "@/lib/grading-examples/wording";
import { ActionForm } from "./action-form";

/** Which of the instructor's examples moved this grade (from the evaluation), and whether the answer is itself one. */
export function TurnExamples({ examples, source }: { examples?: InfluencingExample[]; source: ExampleSourceName | null }) {
  const line = influenceLine(examples);
  if (!line && !source) return null;
  return (
    <div className="grid gap-1 text-xs text-muted-foreground">
      {line ? <p data-testid="turn-influence">{line}</p> : null}
      {source ? (
        <p className="font-medium text-foreground" data-testid="turn-example-label">
          {exampleLabel(source)}
        </p>
      ) : null}
    </div>
  );
}

/** "The grader was right": one click makes the answer an example with its grade as it is. */
export function ConfirmGrade({ turnId, confirmGrade }: { turnId: string; confirmGrade: StateAction }) {
  return (
    <ActionForm action={confirmGrade} submitLabel="Confirm grade" pendingLabel="Confirming…" testId="confirm" className="gap-1">
      <input type="hidden" name="turnId" value={turnId} />
      <p className="text-xs text-muted-foreground">The grade is right? Confirm it and the grader keeps this answer as an example for this question.</p>
    </ActionForm>
  );
}
