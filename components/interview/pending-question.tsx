// The question waiting for an answer: its number (or "Follow-up"), kind and difficulty, and its
// text — the heading the answer box is described by (id "interview-question").
import { CornerDownRight, MessageCircleQuestion } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { DIFFICULTY_LABELS } from "@/lib/domain";
import type { InterviewView } from "@/lib/interview/view";
import { kindDisplay } from "@/lib/questions/kind";

export function PendingQuestion({ pending, questionNumber }: { pending: NonNullable<InterviewView["pending"]>; questionNumber: number }) {
  return (
    <Card data-testid="question-card" data-kind={pending.kind} className={pending.kind === "FOLLOW_UP" ? "border-primary/60" : undefined}>
      <CardHeader className="gap-3">
        <div className="flex flex-wrap items-center gap-2">
          {pending.kind === "FOLLOW_UP" ? (
            <Badge variant="outline" className="w-fit" data-testid="follow-up-badge">
              <CornerDownRight className="size-3" aria-hidden /> Follow-up
            </Badge>
          ) : (
            <Badge variant="secondary" className="w-fit">
              <MessageCircleQuestion className="size-3" aria-hidden /> Question {questionNumber}
              {pending.questionKind !== "CONCEPT" ? ` · ${kindDisplay(pending.questionKind).label}` : ""}
            </Badge>
          )}
          {pending.difficulty ? (
            <span className="text-xs text-muted-foreground" data-testid="question-difficulty">
              {DIFFICULTY_LABELS[pending.difficulty]}
            </span>
          ) : null}
        </div>
        <h2 id="interview-question" className="text-lg font-semibold leading-snug" data-testid="question-text">
          {pending.question}
        </h2>
      </CardHeader>
    </Card>
  );
}
