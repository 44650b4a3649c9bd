import { Badge } from "@/components/ui/badge";
import { CODE_LANGUAGE_LABELS } from "@/lib/code/types";
import type { ParsedQuestion } from "@/lib/csv/questions";
import { plural } from "@/lib/plural";
import { kindDisplay } from "@/lib/questions/kind";

/** The first 200 rows to add: line, question (its kind unless concept, and its topic), difficulty, what it comes with. */
export function CsvPreviewTable({ rows }: { rows: ParsedQuestion[] }) {
  return (
    // A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable), so it takes focus.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll box itself is what keyboard users move through
    <section className="max-h-72 overflow-auto rounded-md border" tabIndex={0} aria-label="Questions to add">
      <table className="w-full">
        <thead className="sticky top-0 bg-muted text-left text-muted-foreground">
          <tr>
            <th scope="col" className="px-2 py-1 font-medium">
              Line
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              Question
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              Difficulty
            </th>
            <th scope="col" className="px-2 py-1 font-medium">
              Answer / key points
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 200).map((q) => (
            <tr key={q.line} className="border-t align-top">
              <td className="px-2 py-1">{q.line}</td>
              <td className="px-2 py-1">
                {q.kind !== "CONCEPT" ? (
                  <Badge variant="secondary" className="mr-2" data-testid="csv-row-kind">
                    {kindDisplay(q.kind).label}
                    {q.code ? ` · ${CODE_LANGUAGE_LABELS[q.code.languages[0]!]}` : ""}
                  </Badge>
                ) : null}
                {q.text}
                {q.topic ? <span className="block text-xs text-muted-foreground">→ {q.topic}</span> : null}
              </td>
              <td className="px-2 py-1">{q.difficulty.toLowerCase()}</td>
              <td className="px-2 py-1 text-muted-foreground">
                {q.referenceAnswer ? "answer" : "—"}
                {q.keyPoints.length ? ` · ${plural(q.keyPoints.length, "point")}` : ""}
                {q.code ? ` · ${plural(q.code.tests.length, "test")}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
