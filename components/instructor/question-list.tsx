import Link from "next/link";
import { CODE_LANGUAGE_LABELS, type CodeSpec } from "@/lib/code/types";
import type { QuestionKind } from "@/lib/domain";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { FormAction, StateAction } from "@/lib/actions/result";
import type { Agreement } from "@/lib/grading-examples/agreement";
import { kindDisplay } from "@/lib/questions/kind";
import { ActionForm } from "./action-form";
import { QuestionFields } from "./question-fields";

export type ListedQuestion = {
  id: string;
  text: string;
  difficulty: string;
  kind: QuestionKind;
  referenceAnswer: string | null;
  keyPoints: string[];
  /** A coding question's spec (read back with readCodeSpec); null for the other kinds. */
  code: CodeSpec | null;
  asked: number;
  /** The question's own page (reference, graded examples, agreement). */
  href: string;
  /** How the grader agrees with the instructor's graded examples; n = 0 when there are none. */
  agreement: Agreement;
};

/** The question actions, passed in by the page (components do not import from app/). */
export type QuestionListActions = { edit: StateAction; remove: FormAction };

/** Without actions (an assistant's view), each question opens to its reference answer and key points, read-only. */
export function QuestionList({ questions, actions }: { questions: ListedQuestion[]; actions?: QuestionListActions }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          Questions ({questions.length})
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-2" data-testid="question-list">
        {questions.length === 0 ? <p className="text-sm text-muted-foreground">{actions ? "No questions yet. Add one above or upload a CSV." : "No questions yet."}</p> : null}
        {questions.map((q) => (
          <div key={q.id} className="flex min-w-0 flex-wrap items-start gap-x-3 gap-y-1 rounded-md border p-3" data-testid="question-row">
            <details className="min-w-0 flex-1 basis-64">
              <summary className="cursor-pointer text-sm break-words">
                <Badge variant="outline" className="mr-2">
                  {q.difficulty.toLowerCase()}
                </Badge>
                {/* Concept is the usual kind: only the others are marked. */}
                {q.kind !== "CONCEPT" ? (
                  <Badge variant="secondary" className="mr-2" data-testid="question-kind-badge">
                    {kindDisplay(q.kind).label}
                    {q.code ? ` · ${q.code.languages.map((l) => CODE_LANGUAGE_LABELS[l]).join(", ")}` : ""}
                  </Badge>
                ) : null}
                {q.text}
                {q.asked ? <span className="ml-2 text-xs text-muted-foreground">asked {q.asked}×</span> : null}
              </summary>
              {actions ? (
                <div className="mt-3 grid min-w-0 gap-3 *:min-w-0">
                  <ActionForm action={actions.edit} submitLabel="Save question" className="min-w-0 *:min-w-0">
                    <input type="hidden" name="questionId" value={q.id} />
                    <QuestionFields idPrefix={`question-${q.id}`} defaults={q} />
                  </ActionForm>
                  <form action={actions.remove}>
                    <input type="hidden" name="questionId" value={q.id} />
                    <Button type="submit" variant="ghost" size="sm" className="h-auto whitespace-normal text-left text-destructive">
                      Delete question{q.asked ? " (past interviews keep it as asked)" : ""}
                    </Button>
                  </form>
                </div>
              ) : (
                <ReadOnlyQuestion question={q} />
              )}
            </details>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              {q.agreement.n ? (
                <span
                  className="text-xs text-muted-foreground"
                  data-testid="question-agreement"
                  title={`The grader gave your verdict on ${q.agreement.exact} of your ${q.agreement.n} graded answers`}
                >
                  grader agrees {q.agreement.exact}/{q.agreement.n}
                </span>
              ) : null}
              <Link href={q.href} className="text-primary hover:underline" data-testid="question-open">
                Examples &amp; agreement<span className="sr-only">: {q.text.slice(0, 80)}</span>
              </Link>
            </div>
          </div>
        ))}
      </CardContent>
    </Card>
  );
}

function ReadOnlyQuestion({ question }: { question: ListedQuestion }) {
  return (
    <div className="mt-3 grid min-w-0 gap-2 text-sm" data-testid="question-read-only">
      <p className="break-words">
        <span className="font-medium">Reference answer: </span>
        {question.referenceAnswer ?? "none (graded on its key points)"}
      </p>
      {question.keyPoints.length ? (
        <ul className="list-disc pl-5">
          {question.keyPoints.map((point) => (
            <li key={point} className="break-words">
              {point}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
