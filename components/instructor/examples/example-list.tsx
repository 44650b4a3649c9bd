import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { FormAction } from "@/lib/actions/result";
import type { Verdict } from "@/lib/domain";
import { type ExampleSourceName, sourceWords } from "@/lib/grading-examples/wording";
import { DeleteExampleButton } from "./delete-example-button";
import { VerdictBadge } from "./verdict-badge";

export type ListedExample = {
  id: string;
  source: ExampleSourceName;
  answer: string;
  verdict: Verdict;
  score: number;
  graderVerdict: Verdict;
  graderScore: number;
  createdAt: string;
  /** Picked from a student's answer on this page (a SAMPLE with a turn). */
  fromStudent: boolean;
};

/** Long answers show their start; "Show all" opens the rest (keyboard and touch alike). */
const CLIP = 280;

export function ExampleList({ examples, remove }: { examples: ListedExample[]; remove: FormAction }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          Your graded examples ({examples.length})
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-2" data-testid="example-list">
        {examples.length === 0 ? <p className="text-sm text-muted-foreground">None yet.</p> : null}
        <ul className="grid gap-2">
          {examples.map((e, i) => (
            <li key={e.id} className="grid min-w-0 gap-2 rounded-md border p-3 text-sm" data-testid="example-row" data-source={e.source}>
              {e.answer.length > CLIP ? (
                <details className="group">
                  <summary className="cursor-pointer list-none whitespace-pre-wrap break-words">
                    <span className="group-open:hidden">{e.answer.slice(0, CLIP).trimEnd()}… </span>
                    <span className="text-primary underline-offset-2 hover:underline group-open:hidden">Show all</span>
                    <span className="hidden text-primary group-open:inline">Show less</span>
                  </summary>
                  <p className="whitespace-pre-wrap break-words">{e.answer}</p>
                </details>
              ) : (
                <p className="whitespace-pre-wrap break-words">{e.answer}</p>
              )}
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-muted-foreground">
                <span className="flex items-center gap-1">
                  You: <VerdictBadge verdict={e.verdict} score={e.score} testId="example-grade" />
                </span>
                <span className="flex items-center gap-1">
                  Grader: <VerdictBadge verdict={e.graderVerdict} score={e.graderScore} testId="example-grader-grade" />
                </span>
                <span data-testid="example-source">{sourceWords(e.source, e.fromStudent)}</span>
                <span>{new Date(e.createdAt).toLocaleDateString(undefined, { dateStyle: "medium" })}</span>
                <DeleteExampleButton action={remove} exampleId={e.id} position={i + 1} />
              </div>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
