// The practice page's loops section: start a loop, the student's latest loops and how far each
// has got, and where the resume and job description are kept.
import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { LoopSummary } from "@/lib/interview/loops";
import { DOCUMENTS_PATH, loopPath, NEW_LOOP_PATH } from "@/lib/job-practice/paths";
import { formatDayTime } from "../format";

export function LoopList({ loops }: { loops: LoopSummary[] }) {
  return (
    <Card data-testid="practice-loops">
      <CardHeader>
        <CardTitle as="h2">Interview loops</CardTitle>
        <CardDescription>
          Several rounds for one role — screening, technical, system design, behavioural — each scored on its own, with a loop report and a recommendation. Bring your resume and
          the job description to get questions about your own experience.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex flex-wrap gap-3">
          <Button asChild>
            <Link href={NEW_LOOP_PATH} data-testid="loop-new-link">
              Set up a loop <ArrowRight aria-hidden />
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href={DOCUMENTS_PATH} data-testid="documents-link">
              Your resume and job description
            </Link>
          </Button>
        </div>
        {loops.length > 0 ? (
          <ul className="grid gap-2" data-testid="loop-list">
            {loops.map((l) => (
              <li key={l.id} className="flex min-w-0 flex-wrap items-center justify-between gap-2 rounded-md border p-3">
                <div className="min-w-0">
                  <Link href={loopPath(l.id)} className="break-words font-medium underline" data-testid="loop-link">
                    {l.role}
                  </Link>
                  <p className="text-sm text-muted-foreground">
                    {l.roundsDone} of {l.roundsTotal} rounds done{l.next ? ` · ${l.inProgress ? "in progress" : "next"}: ${l.next}` : " · report ready"} ·{" "}
                    {formatDayTime(l.createdAt)} UTC
                  </p>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
      </CardContent>
    </Card>
  );
}
