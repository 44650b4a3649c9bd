import type { Metadata } from "next";
import { logoutAction } from "@/app/(auth)/actions";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { PractiseAgain } from "@/components/report/practise-again";
import { ReportView } from "@/components/report/report-view";
import { DeleteAllRecordings } from "@/components/report/delete-all-recordings";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";
import { getSessionMeta } from "@/lib/db/queries/interviews";
import { spokenAnswersOf } from "@/lib/db/queries/recordings";
import { resourcesForSession } from "@/lib/db/queries/resources";
import { homePathFor } from "@/lib/domain";
import { getInterviewView } from "@/lib/interview/service";
import { orNotFound } from "@/lib/pages";
import { matchResources } from "@/lib/resources/match";
import { startJobPracticeAction } from "@/app/(student)/practice/actions";

export const metadata: Metadata = { title: "Interview report" };

// Open to the student who took the interview and, for a class interview, to the instructor of
// its class (job practice is the student's alone); anyone else gets the same 404 as for an id
// that does not exist.
export default async function ReportPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const user = await requireUser("redirect");
  const { sessionId } = await params;
  const view = await orNotFound(getInterviewView(user, sessionId));
  if (view.status === "IN_PROGRESS" && user.role === "STUDENT") redirect(`/interview/${sessionId}`);
  const [meta, answers, found] = await Promise.all([getSessionMeta(sessionId), spokenAnswersOf(sessionId, user.id), resourcesForSession(sessionId)]);
  // Looked up now, not saved with the report: resources added since appear on older reports too.
  const resources = view.report ? matchResources(view.report.questions, found.turnQuestions, found.resources) : undefined;
  // Which answers were spoken, and (the student's own only: the query matches the viewer) a kept recording's player.
  const speech = Object.fromEntries(answers.spoken.map((turn) => [turn, { spoken: true, ...(answers.kept.includes(turn) ? { recordingOf: sessionId } : {}) }]));
  const isStudent = user.role === "STUDENT";
  return (
    <>
      <SiteHeader user={user} logout={logoutAction} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
        {view.report ? (
          <ReportView
            topicName={view.topicName}
            subtitle={view.lateAttempt ? `${view.labels.subtitle} · Late attempt (started after the assignment's due date)` : view.labels.subtitle}
            studentName={meta?.studentName ?? ""}
            completedAt={meta?.completedAt?.toISOString() ?? null}
            report={view.report}
            delivery={view.delivery}
            speech={speech}
            code={view.code}
            resources={resources}
          />
        ) : (
          <Card data-testid="no-report">
            <CardHeader>
              <CardTitle as="h1">{view.status === "IN_PROGRESS" ? "This interview is still in progress" : "No report for this interview"}</CardTitle>
              <CardDescription>{view.status === "IN_PROGRESS" ? "The report appears when the student finishes." : "It ended before any question was answered."}</CardDescription>
            </CardHeader>
          </Card>
        )}
        <div className="mt-8 flex flex-wrap gap-3 print:hidden">
          {isStudent && answers.spoken.length > 0 ? <DeleteAllRecordings sessionId={sessionId} count={answers.kept.length} /> : null}
          {isStudent && view.setup && view.labels.offersPractiseAgain ? <PractiseAgain setup={view.setup} start={startJobPracticeAction} /> : null}
          <Button asChild variant="outline">
            {isStudent ? <Link href={view.labels.backHref}>{view.labels.backLabel}</Link> : <Link href={homePathFor(user.role)}>Back to your dashboard</Link>}
          </Button>
        </div>
      </main>
    </>
  );
}
