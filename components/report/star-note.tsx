// A behavioural answer's story structure: which of situation, task, action and result it had,
// and one concrete nudge for the most important missing part.
import { STAR_PARTS } from "@/lib/grading/types";
import { Check, X } from "lucide-react";
import type { ReportQuestion } from "@/lib/interview/types";
import { STAR_LABELS } from "@/lib/questions/behavioural/star";

export function StarNote({ star }: { star: NonNullable<ReportQuestion["star"]> }) {
  const present = new Set(star.present);
  return (
    <div className="rounded-md border p-3" data-testid="star-note">
      <h4 className="font-medium">Your story (situation, task, action, result)</h4>
      <ul className="mt-2 flex flex-wrap gap-2" aria-label="Parts of the story">
        {STAR_PARTS.map((part) => (
          <li
            key={part}
            data-star-part={part}
            data-present={present.has(part)}
            className={`flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${present.has(part) ? "border-success/50 text-success" : "border-destructive/50 text-destructive"}`}
          >
            {present.has(part) ? <Check className="size-3" aria-hidden /> : <X className="size-3" aria-hidden />}
            {STAR_LABELS[part]}
            <span className="sr-only">{present.has(part) ? ": there" : ": missing"}</span>
          </li>
        ))}
      </ul>
      {star.nudge ? (
        <p className="mt-2" data-testid="star-nudge">
          {star.nudge}
        </p>
      ) : null}
    </div>
  );
}
