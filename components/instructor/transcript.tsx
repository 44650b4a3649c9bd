import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import type { StateAction } from "@/lib/actions/result";
import { graderLabel } from "@/lib/grading/grader-wording";
import { questionHeading, questionLabels } from "@/lib/grading/numbering";
import type { ExampleSourceName, InfluencingExample } from "@/lib/grading-examples/wording";
import type { AnsweredCode } from "@/lib/questions/code/report";
import { CodeAnswer } from "@/components/report/code-answer";
import { ActionForm } from "./action-form";
import { ConfirmGrade, TurnExamples } from "./turn-examples";

export type TranscriptTurn = {
  id: string;
  index: number;
  kind: "MAIN" | "FOLLOW_UP";
  question: string;
  answer: string | null;
  /** Who transcribed a spoken answer (its wording may carry the transcription's mistakes); null when typed. */
  spokenVia: "server" | "browser" | null;
  /** A coding answer's code, the server's test results and the reference solution. */
  code?: AnsweredCode;
  verdict: "STRONG" | "SHALLOW" | "WRONG" | null;
  score: number | null;
  dims: { relevance: number | null; accuracy: number | null; depth: number | null; clarity: number | null };
  feedback: string | null;
  grader: string | null;
  evaluation: { covered?: { point: string; quote: string }[]; missed?: string[]; examples?: InfluencingExample[] } | null;
  overrides: { by: string; at: string; from: string; to: string; reason: string }[];
  /** Set when the answer is one of the instructor's graded examples. */
  exampleSource: ExampleSourceName | null;
  /** A main question's answer from the bank: it may become an example. */
  canBeExample: boolean;
};

/** Without the grade actions it is read-only (a job-practice assignment's attempt: no class bank to teach). */
export function Transcript({ turns, overrideGrade, confirmGrade }: { turns: TranscriptTurn[]; overrideGrade?: StateAction; confirmGrade?: StateAction }) {
  const labels = questionLabels(turns);
  return (
    <ol className="grid gap-3" data-testid="transcript">
      {turns.map((t, i) => (
        <li key={t.id}>
          <Card data-testid="transcript-turn" data-verdict={t.verdict ?? ""}>
            <CardHeader className="gap-2">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="text-muted-foreground" data-testid="turn-label">
                  {questionHeading(t.kind, labels[i]!)}
                </span>
                {t.verdict ? <Badge variant={t.verdict === "STRONG" ? "success" : t.verdict === "SHALLOW" ? "warning" : "destructive"}>{t.verdict.toLowerCase()}</Badge> : null}
                {t.score !== null ? <span className="font-semibold">{t.score}/100</span> : null}
                {t.grader ? (
                  <span className="text-xs text-muted-foreground" data-testid="turn-grader">
                    graded by {graderLabel(t.grader)}
                  </span>
                ) : null}
              </div>
              <p className="font-medium">{t.question}</p>
            </CardHeader>
            <CardContent className="grid gap-3 text-sm">
              {t.code ? <CodeAnswer code={t.code} whose="The student's" /> : null}
              <p className="whitespace-pre-wrap rounded-md bg-muted p-3">{t.answer ?? <em className="text-muted-foreground">No answer yet.</em>}</p>
              {t.spokenVia ? (
                <p className="text-xs text-muted-foreground" data-testid="spoken-answer-note">
                  Spoken, transcribed by {t.spokenVia === "server" ? "the app's speech service" : "the student's browser"} and checked by the student: a misheard word may remain.
                </p>
              ) : null}
              {t.verdict ? (
                <p className="text-muted-foreground">
                  Relevance {t.dims.relevance} · accuracy {t.dims.accuracy} · depth {t.dims.depth} · clarity {t.dims.clarity}
                </p>
              ) : null}
              {t.feedback ? <p data-testid="turn-feedback">{t.feedback}</p> : null}
              {t.evaluation?.missed?.length ? <p className="text-muted-foreground">Missed: {t.evaluation.missed.join("; ")}</p> : null}
              {t.overrides.map((o, i) => (
                <p key={i} className="text-xs text-muted-foreground">
                  {o.by} changed {o.from} → {o.to} on {new Date(o.at).toLocaleString()}: “{o.reason}”
                </p>
              ))}
              <TurnExamples examples={t.evaluation?.examples} source={t.exampleSource} />
              {/* After an override the answer is already an example: nothing to confirm. */}
              {confirmGrade && t.verdict && t.canBeExample && !t.exampleSource && t.overrides.length === 0 ? <ConfirmGrade turnId={t.id} confirmGrade={confirmGrade} /> : null}
              {overrideGrade && t.verdict ? (
                <details>
                  <summary className="cursor-pointer text-primary" data-testid="override-open">
                    Change this grade
                  </summary>
                  <ActionForm action={overrideGrade} submitLabel="Save grade" testId="override" className="mt-2 sm:grid-cols-3">
                    <input type="hidden" name="turnId" value={t.id} />
                    {/* Keyed by the saved grade: after a save the fields remount, so the form's reset shows the new grade, not the old one. */}
                    <div className="grid gap-1" key={`verdict-${t.verdict}-${t.score}`}>
                      <Label htmlFor={`verdict-${t.id}`}>Verdict</Label>
                      <NativeSelect id={`verdict-${t.id}`} name="verdict" defaultValue={t.verdict} data-testid="override-verdict">
                        <option value="STRONG">Strong</option>
                        <option value="SHALLOW">Shallow</option>
                        <option value="WRONG">Wrong</option>
                      </NativeSelect>
                    </div>
                    <div className="grid gap-1" key={`score-${t.verdict}-${t.score}`}>
                      <Label htmlFor={`score-${t.id}`}>Score (0–100)</Label>
                      <Input id={`score-${t.id}`} name="score" type="number" min={0} max={100} defaultValue={t.score ?? 0} required data-testid="override-score" />
                    </div>
                    <div className="grid gap-1">
                      <Label htmlFor={`reason-${t.id}`}>Reason (shown to the student)</Label>
                      <Input id={`reason-${t.id}`} name="reason" required maxLength={500} data-testid="override-reason" />
                    </div>
                    {t.canBeExample ? (
                      // The hidden "no" comes first: a ticked box's "yes" after it is the value the form sends.
                      <div className="flex items-start gap-2 text-sm sm:col-span-3">
                        <input type="hidden" name="asExample" value="no" />
                        <input
                          id={`as-example-${t.id}`}
                          type="checkbox"
                          name="asExample"
                          value="yes"
                          defaultChecked
                          className="mt-0.5 size-4 accent-primary"
                          data-testid="override-as-example"
                        />
                        <Label htmlFor={`as-example-${t.id}`} className="font-normal">
                          Teach the grader: similar answers to this question get this grade (untick for a one-off, e.g. partial credit for honesty)
                        </Label>
                      </div>
                    ) : null}
                  </ActionForm>
                </details>
              ) : null}
            </CardContent>
          </Card>
        </li>
      ))}
    </ol>
  );
}
