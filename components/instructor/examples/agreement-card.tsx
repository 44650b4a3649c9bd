import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { type Agreement, agreementMeaning, agreementSentence, CLOSE_POINTS } from "@/lib/grading-examples/agreement";

/** How often the grader, left alone, grades this question's examples as the instructor did. */
export function AgreementCard({ agreement }: { agreement: Agreement }) {
  return (
    <Card data-testid="agreement">
      <CardHeader>
        <CardTitle as="h3" className="text-base">
          Does the grader agree with you?
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-2 text-sm">
        {agreement.n === 0 ? (
          <p data-testid="agreement-empty">
            No graded answers yet. Grade a few sample answers below, or open a student&apos;s interview and confirm or change a grade: each one becomes an example the grader learns
            from, and this card then shows how often it already agreed with you.
          </p>
        ) : (
          <>
            <p className="font-medium" data-testid="agreement-figures">
              {agreementSentence(agreement)}
            </p>
            <p className="text-muted-foreground" data-testid="agreement-meaning">
              {agreementMeaning(agreement)}
            </p>
            <p className="text-xs text-muted-foreground">
              Agreed means the same verdict (strong, shallow or wrong); within {CLOSE_POINTS} points compares the scores. The grader&apos;s side is the grade it gave before you
              graded the answer: for a student&apos;s answer, the grade the student got (your earlier examples may have moved it); for an answer you typed here, the built-in
              grader&apos;s own grade without your examples.
            </p>
          </>
        )}
      </CardContent>
    </Card>
  );
}
