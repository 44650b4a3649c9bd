"use client";
// One question typed in, not only by CSV. Checked in the browser with the same rules and
// messages as the server action and the CSV import (lib/questions/validation).
import { Plus } from "lucide-react";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import type { FormState } from "@/app/(instructor)/instructor/action-support";
import { addQuestionAction } from "@/app/(instructor)/instructor/question-actions";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { checkQuestion, KEY_POINTS_HINT, MAX_ANSWER_CHARS, MAX_KEY_POINTS, MAX_KEY_POINTS_CHARS, MAX_QUESTION_CHARS } from "@/lib/questions/validation";
import { cn } from "@/lib/utils";

export function AddQuestionForm({ topicId, topicName }: { topicId: string; topicName: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addQuestionAction, {});
  const [clientError, setClientError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Cleared only once it is saved: a refused question keeps what was typed.
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);
  const message = clientError ?? state.message;
  const ok = !clientError && state.ok;
  return (
    <Card data-testid="add-question">
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          Add a question
        </CardTitle>
        <CardDescription>Adds one question to “{topicName}”. Only the question is required; a reference answer and key points make grading fairer.</CardDescription>
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
            const checked = checkQuestion({
              text: String(data.get("text") ?? ""),
              referenceAnswer: String(data.get("referenceAnswer") ?? ""),
              keyPoints: String(data.get("keyPoints") ?? ""),
            });
            setClientError(checked.ok ? null : checked.message);
            if (checked.ok) startTransition(() => action(data));
          }}
        >
          <input type="hidden" name="topicId" value={topicId} />
          <div className="grid gap-2">
            <Label htmlFor="new-question-text">Question</Label>
            <Textarea id="new-question-text" name="text" rows={2} className="min-h-16" maxLength={MAX_QUESTION_CHARS} data-testid="new-question-text" />
          </div>
          <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
            <div className="grid gap-2">
              <Label htmlFor="new-question-difficulty">Difficulty</Label>
              <NativeSelect id="new-question-difficulty" name="difficulty" defaultValue="MEDIUM" data-testid="new-question-difficulty">
                <option value="EASY">Easy</option>
                <option value="MEDIUM">Medium</option>
                <option value="HARD">Hard</option>
              </NativeSelect>
            </div>
            <div className="grid gap-2">
              <Label htmlFor="new-question-points">Key points (up to {MAX_KEY_POINTS})</Label>
              <Textarea
                id="new-question-points"
                name="keyPoints"
                rows={2}
                className="min-h-16"
                maxLength={MAX_KEY_POINTS_CHARS}
                aria-describedby="new-question-points-hint"
                data-testid="new-question-points"
              />
              <p id="new-question-points-hint" className="text-xs text-muted-foreground">
                {KEY_POINTS_HINT}
              </p>
            </div>
          </div>
          <div className="grid gap-2">
            <Label htmlFor="new-question-answer">Reference answer (optional)</Label>
            <Textarea id="new-question-answer" name="referenceAnswer" rows={3} className="min-h-20" maxLength={MAX_ANSWER_CHARS} data-testid="new-question-answer" />
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" size="sm" disabled={pending} data-testid="new-question-submit">
              <Plus aria-hidden /> {pending ? "Adding…" : "Add question"}
            </Button>
            {message ? (
              <p role={ok ? "status" : "alert"} className={cn("text-sm", ok ? "text-success" : "text-destructive")} data-testid="new-question-message">
                {message}
              </p>
            ) : null}
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
