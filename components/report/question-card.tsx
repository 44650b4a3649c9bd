// One answered question in the report: verdict, score, the answer, feedback, what was covered
// (quoted) and missed, a behavioural answer's story structure, and a model answer.
import { CheckCircle2, CircleAlert, XCircle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DIFFICULTY_LABELS } from "@/lib/domain";
import { graderNote } from "@/lib/grading/grader-wording";
import { questionHeading } from "@/lib/grading/numbering";
import type { ReportQuestion } from "@/lib/interview/types";
import { basisLabel } from "@/lib/job-practice/basis";
import { kindDisplay } from "@/lib/questions/kind";
import type { AnswerDelivery } from "@/lib/speech/answer-delivery";
import type { AnsweredCode } from "@/lib/questions/code/report";
import { CodeAnswer } from "./code-answer";
import { DeliveryCard } from "./delivery-card";
import type { MissedWithResources } from "@/lib/resources/match";
import { RecordingPlayer } from "./recording-player";
import { ResourceLink } from "./resource-link";
import { StarNote } from "./star-note";

const VERDICT = {
  strong: { label: "Strong", icon: CheckCircle2, variant: "success" as const },
  shallow: { label: "Shallow", icon: CircleAlert, variant: "warning" as const },
  wrong: { label: "Wrong", icon: XCircle, variant: "destructive" as const },
};

/** How the answer was given: `spoken` when by voice; `recordingOf` (the student's own report only) when its recording is kept. */
export type AnswerSpeech = { spoken: boolean; recordingOf?: string };

/** `delivery`: how the answer was said (spoken) or worded (typed). */
/** `code`: a coding answer's code, test results and reference solution. */
/** `resources`: the instructor's resources for each missed point, in the order of `q.missed`. */
export function QuestionCard({
  q,
  label,
  delivery,
  speech,
  code,
  resources,
}: {
  q: ReportQuestion;
  label: string;
  delivery?: AnswerDelivery;
  speech?: AnswerSpeech;
  code?: AnsweredCode;
  resources?: MissedWithResources[];
}) {
  const v = VERDICT[q.verdict];
  const fallback = graderNote(q.grader);
  return (
    <Card data-testid="report-question" data-verdict={q.verdict}>
      <CardHeader className="gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-muted-foreground" data-testid="question-label">
            {questionHeading(q.kind, label)}
          </span>
          <Badge variant={v.variant} data-testid="verdict">
            <v.icon className="size-3" aria-hidden /> {v.label}
          </Badge>
          <span className="text-sm font-semibold">{q.score}/100</span>
          {q.difficulty ? (
            <Badge variant="outline" data-testid="question-difficulty">
              {DIFFICULTY_LABELS[q.difficulty]}
            </Badge>
          ) : null}
          {q.questionKind && q.questionKind !== "CONCEPT" ? <Badge variant="outline">{kindDisplay(q.questionKind).label}</Badge> : null}
          {q.basis ? (
            <Badge variant="outline" className="max-w-full whitespace-normal break-words" data-testid="question-basis">
              {basisLabel(q.basis)}
            </Badge>
          ) : null}
        </div>
        <CardTitle as="h3" className="break-words text-base">
          {q.question}
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        {code ? <CodeAnswer code={code} /> : null}
        <div>
          <h4 className="font-medium">
            {code ? "Your explanation" : "Your answer"}
            {speech?.spoken ? (
              <Badge variant="outline" className="ml-2 align-middle" data-testid="spoken-answer">
                Spoken answer
              </Badge>
            ) : null}
          </h4>
          <p className="mt-1 whitespace-pre-wrap break-words text-muted-foreground">{q.answer}</p>
        </div>
        {speech?.recordingOf ? <RecordingPlayer sessionId={speech.recordingOf} turn={q.index} label={questionHeading(q.kind, label)} /> : null}
        {delivery?.metrics.length ? <DeliveryCard delivery={delivery} /> : null}
        {q.override ? (
          <p className="rounded-md border border-primary/40 p-3" data-testid="override-note">
            Your instructor changed this grade from {q.override.previousVerdict} ({q.override.previousScore}/100) to {q.verdict} ({q.score}/100)
            {/* Overrides saved before the feedback carried the reason still show it here. */}
            {q.feedback.includes(q.override.reason) ? "." : `: “${q.override.reason}”`}
          </p>
        ) : null}
        {fallback ? (
          <p className="text-xs text-muted-foreground" data-testid="grader-note">
            {fallback}
          </p>
        ) : null}
        <p className="break-words" data-testid="question-feedback">
          {q.feedback}
        </p>
        {q.star ? <StarNote star={q.star} /> : null}
        {q.covered.length > 0 ? (
          <div>
            <h4 className="font-medium">What you covered</h4>
            <ul className="mt-1 grid gap-2" data-testid="covered">
              {q.covered.map((c, i) => (
                <li key={i}>
                  <span>{c.point}</span>
                  {c.quote ? <blockquote className="mt-1 break-words border-l-2 border-success pl-3 italic text-muted-foreground">“{c.quote}”</blockquote> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {q.missed.length > 0 ? (
          <div>
            <h4 className="font-medium">What you missed</h4>
            <ul className="mt-1 list-disc pl-5" data-testid="missed">
              {q.missed.map((m, i) => {
                const found = resources?.[i]?.point === m ? resources[i]!.resources : [];
                return (
                  <li key={i}>
                    {m}
                    {found.length > 0 ? (
                      <ul className="mt-1 grid gap-1 text-sm" data-testid="missed-resources">
                        {found.map((r) => (
                          <li key={r.id}>
                            <span className="text-muted-foreground">Read: </span>
                            <ResourceLink resource={r} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
        <div className="rounded-md bg-muted p-3">
          <h4 className="font-medium">A model answer</h4>
          <p className="mt-1 break-words">{q.modelAnswer}</p>
        </div>
      </CardContent>
    </Card>
  );
}
