// The difficulty of each main question in an adaptive interview, in order: how the interviewer
// moved it after each answer (harder after a strong one, easier after a wrong one).
import { ArrowRight } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { type Difficulty, DIFFICULTY_LABELS } from "@/lib/domain";

const TONE: Record<Difficulty, string> = {
  EASY: "border-success/50 text-success",
  MEDIUM: "border-warning/60 text-warning",
  HARD: "border-destructive/50 text-destructive",
};

export function DifficultyPath({ path }: { path: Difficulty[] }) {
  return (
    <Card data-testid="difficulty-path" className="break-inside-avoid">
      <CardHeader>
        <CardTitle as="h2" className="text-base">
          Difficulty path
        </CardTitle>
        <p className="text-sm text-muted-foreground">
          The interview adapted to your answers: after a strong answer the next question was pitched harder, after a wrong one easier (when a level had no question left, the
          nearest one was used).
        </p>
      </CardHeader>
      <CardContent>
        <ol className="flex flex-wrap items-center gap-1 text-sm" aria-label="Difficulty of each main question, in order">
          {path.map((level, i) => (
            <li key={i} className="flex items-center gap-1">
              {i > 0 ? <ArrowRight className="size-3 text-muted-foreground" aria-hidden /> : null}
              <span className={`rounded-full border px-2 py-0.5 font-medium ${TONE[level]}`} data-testid="difficulty-step">
                <span className="sr-only">Question {i + 1}: </span>
                {DIFFICULTY_LABELS[level]}
              </span>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
