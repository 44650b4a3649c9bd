// The loop report: the recommendation band and the scores behind it, each round's result, one
// action plan for the loop, and the gap table (the job's requirements × the resume × the answers).
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { BAND_LABELS, type Band, type GapRow, type LoopReport } from "@/lib/job-practice/loop-report";

const BAND_VARIANT: Record<Band, "success" | "warning" | "destructive"> = { ready: "success", close: "warning", "not-yet": "destructive" };
const VERDICT_WORD = { strong: "Strong", shallow: "Shallow", wrong: "Wrong" } as const;

/** Why there is no gap table, when there is none. */
export type GapNote = string | null;

export function LoopReportView({ report, gapNote }: { report: LoopReport; gapNote: GapNote }) {
  return (
    <section className="grid gap-6 *:min-w-0" aria-labelledby="loop-report-title" data-testid="loop-report">
      <Card>
        <CardHeader>
          <CardTitle id="loop-report-title">Loop report</CardTitle>
          <CardDescription data-testid="loop-band-reason">{report.bandReason}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap items-center gap-3">
          {report.band ? (
            <Badge variant={BAND_VARIANT[report.band]} className="text-base" data-testid="loop-band" data-band={report.band}>
              {BAND_LABELS[report.band]}
            </Badge>
          ) : (
            <Badge variant="outline" data-testid="loop-band" data-band="pending">
              No recommendation yet
            </Badge>
          )}
          {report.overall !== null ? (
            <span className="text-sm" data-testid="loop-overall">
              Overall <span className="text-lg font-semibold">{report.overall}</span>/100 over {report.rounds.length} of {report.roundsTotal} rounds
            </span>
          ) : null}
        </CardContent>
      </Card>

      {report.rounds.length > 0 ? (
        <DataTable label="Each round's result" columns={["Round", "Score", "Strong · shallow · wrong", { label: "Report", srOnly: true }]} data-testid="loop-breakdown">
          {report.rounds.map((r) => (
            <tr key={r.index} className="border-t" data-testid="loop-breakdown-row">
              <td className="px-3 py-2">
                {r.index + 1}. {r.title}
                {r.endedEarly ? <span className="block text-xs text-muted-foreground">Ended early</span> : null}
              </td>
              <td className="px-3 py-2 font-semibold">{r.score}</td>
              <td className="px-3 py-2">
                {r.strong} · {r.shallow} · {r.wrong}
              </td>
              <td className="px-3 py-2">
                <Link href={`/report/${r.sessionId}`} className="underline">
                  Report<span className="sr-only"> for {r.title}</span>
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}

      {report.actionPlan.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle as="h3">Action plan for the loop</CardTitle>
            <CardDescription>What the job asks for that nothing shows yet, then the rounds&apos; own steps in turn, starting with the weakest round.</CardDescription>
          </CardHeader>
          <CardContent>
            <ol className="list-decimal space-y-2 pl-5 text-sm" data-testid="loop-action-plan">
              {report.actionPlan.map((item) => (
                <li key={item} className="break-words">
                  {item}
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
      ) : null}

      <GapTable gaps={report.gaps} resumeUsed={report.resumeUsed} note={gapNote} />
    </section>
  );
}

function answeredText(g: GapRow): string {
  if (g.answered) return `${VERDICT_WORD[g.answered.verdict]} (${g.answered.score}) in ${g.answered.round}`;
  return g.mentioned ? "Mentioned in an answer, not asked" : "Not asked yet";
}

function GapTable({ gaps, resumeUsed, note }: { gaps: GapRow[] | null; resumeUsed: boolean; note: GapNote }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h3">Requirements and evidence</CardTitle>
        <CardDescription>Each requirement the job description names, how you answered about it, and what your resume shows for it.</CardDescription>
      </CardHeader>
      <CardContent>
        {gaps ? (
          <DataTable label="Requirements, evidence and answers" columns={["Requirement", "In your answers", "In your resume"]} data-testid="loop-gap-table">
            {gaps.map((g) => (
              <tr key={g.requirement} className="border-t align-top" data-testid="loop-gap-row">
                <td className="px-3 py-2 font-medium">{g.requirement}</td>
                <td className="px-3 py-2">{answeredText(g)}</td>
                <td className="max-w-xs break-words px-3 py-2">{g.evidence ?? <span className="text-muted-foreground">{resumeUsed ? "Not found" : "Resume not used"}</span>}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="text-sm text-muted-foreground" data-testid="loop-gap-note">
            {note ?? "No requirements to compare."}
          </p>
        )}
      </CardContent>
    </Card>
  );
}
