"use client";
// One question typed in, not only by CSV. Checked in the browser with the same rules and
// messages as the server action and the CSV import (lib/questions/validation).
import { Plus } from "lucide-react";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionResult, StateAction } from "@/lib/actions/result";
import { questionFields } from "@/lib/questions/validation";
import { QuestionFields } from "./question-fields";

export function AddQuestionForm({ topicId, topicName, addQuestion }: { topicId: string; topicName: string; addQuestion: StateAction }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(addQuestion, null);
  const [clientError, setClientError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Cleared only once it is saved: a refused question keeps what was typed.
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const message = clientError ?? state?.message;
  const ok = !clientError && state?.ok;
  return (
    <Card data-testid="add-question">
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          Add a question
        </CardTitle>
        <CardDescription>
          Adds one question to “{topicName}”. Only the question is required (and, for a coding question, its language, starter code and tests); a reference answer and key points
          make grading fairer.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          ref={formRef}
          className="grid gap-3"
          noValidate
          onSubmit={(e) => {
            // Not the `action` prop: React resets such forms after every action, which would drop a refused question.
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            // The server action's own schema: a coding question's spec is checked here too.
            const checked = questionFields.safeParse(Object.fromEntries(data));
            setClientError(checked.success ? null : (checked.error.issues[0]?.message ?? null));
            if (checked.success) startTransition(() => action(data));
          }}
        >
          <input type="hidden" name="topicId" value={topicId} />
          <QuestionFields idPrefix="new-question" testIdPrefix="new-question" />
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" size="sm" disabled={pending} data-testid="new-question-submit">
              <Plus aria-hidden /> {pending ? "Adding…" : "Add question"}
            </Button>
            <FormMessage ok={ok} message={message} testId="new-question-message" />
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
