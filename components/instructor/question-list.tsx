import { deleteQuestionAction, editQuestionAction } from "@/app/(instructor)/instructor/question-actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { MAX_ANSWER_CHARS, MAX_KEY_POINTS, MAX_KEY_POINTS_CHARS, MAX_QUESTION_CHARS } from "@/lib/questions/validation";
import { ActionForm } from "./action-form";

export type ListedQuestion = { id: string; text: string; difficulty: string; referenceAnswer: string | null; keyPoints: string[]; asked: number };

export function QuestionList({ questions }: { questions: ListedQuestion[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          Questions ({questions.length})
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-2" data-testid="question-list">
        {questions.length === 0 ? <p className="text-sm text-muted-foreground">No questions yet. Add one above or upload a CSV.</p> : null}
        {questions.map((q) => (
          <details key={q.id} className="rounded-md border p-3" data-testid="question-row">
            <summary className="cursor-pointer text-sm">
              <Badge variant="outline" className="mr-2">
                {q.difficulty.toLowerCase()}
              </Badge>
              {q.text}
              {q.asked ? <span className="ml-2 text-xs text-muted-foreground">asked {q.asked}×</span> : null}
            </summary>
            <div className="mt-3 grid gap-3">
              <ActionForm action={editQuestionAction} submitLabel="Save question">
                <input type="hidden" name="questionId" value={q.id} />
                <Label htmlFor={`text-${q.id}`}>Question</Label>
                <Textarea id={`text-${q.id}`} name="text" defaultValue={q.text} rows={2} className="min-h-16" required maxLength={MAX_QUESTION_CHARS} />
                <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
                  <div className="grid gap-2">
                    <Label htmlFor={`difficulty-${q.id}`}>Difficulty</Label>
                    <NativeSelect id={`difficulty-${q.id}`} name="difficulty" defaultValue={q.difficulty}>
                      <option value="EASY">Easy</option>
                      <option value="MEDIUM">Medium</option>
                      <option value="HARD">Hard</option>
                    </NativeSelect>
                  </div>
                  <div className="grid gap-2">
                    <Label htmlFor={`points-${q.id}`}>Key points (up to {MAX_KEY_POINTS}, separate with ;)</Label>
                    <Input id={`points-${q.id}`} name="keyPoints" defaultValue={q.keyPoints.join("; ")} maxLength={MAX_KEY_POINTS_CHARS} />
                  </div>
                </div>
                <Label htmlFor={`answer-${q.id}`}>Reference answer</Label>
                <Textarea id={`answer-${q.id}`} name="referenceAnswer" defaultValue={q.referenceAnswer ?? ""} rows={3} className="min-h-20" maxLength={MAX_ANSWER_CHARS} />
              </ActionForm>
              <form action={deleteQuestionAction}>
                <input type="hidden" name="questionId" value={q.id} />
                <Button type="submit" variant="ghost" size="sm" className="text-destructive">
                  Delete question{q.asked ? " (past interviews keep it as asked)" : ""}
                </Button>
              </form>
            </div>
          </details>
        ))}
      </CardContent>
    </Card>
  );
}
