import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LoopReportView } from "@/components/practice/loops/loop-report-view";
import { LoopRounds } from "@/components/practice/loops/loop-rounds";
import { Alert } from "@/components/ui/alert";
import { requireStudent } from "@/lib/auth/guards";
import { loopPage } from "@/lib/interview/loops";
import { DOCUMENTS_PATH } from "@/lib/job-practice/paths";
import { SENIORITY_LABELS } from "@/lib/job-practice/seniority";
import { startRoundAction } from "../actions";

export const metadata: Metadata = { title: "Interview loop" };

const gapNotes = {
  none: "This loop did not use a job description. Add one, then start a new loop to see its requirements against your resume and answers.",
  deleted: "You deleted your resume or job description, so the lines this loop kept from them were deleted too.",
  kept: "This loop's job description named no skills we recognise.",
} as const;

// The student's own loop only: anyone else (instructors included) gets the same 404 as for an id that does not exist.
export default async function LoopPage({ params }: { params: Promise<{ loopId: string }> }) {
  const user = await requireStudent("redirect");
  const { loopId } = await params;
  const page = await loopPage(loopId, user.id);
  if (!page) notFound();
  const { loop, progress, report } = page;
  // An unreadable tailoring is explained once, in the alert at the top.
  const gapNote = !loop.usedJobDescription
    ? gapNotes.none
    : page.tailoring === "unreadable"
      ? "See the message at the top of the page."
      : gapNotes[page.tailoring === "kept" ? "kept" : page.tailoring];
  return (
    <div className="grid gap-8 *:min-w-0" data-testid="loop-page">
      <div>
        <Link href="/practice" className="text-sm underline">
          Back to job practice
        </Link>
        <h1 className="mt-2 break-words text-2xl font-bold tracking-tight" data-testid="loop-title">
          Interview loop: {loop.role}
        </h1>
        <p className="mt-1 text-muted-foreground">
          {SENIORITY_LABELS[loop.seniority]} · {progress.length} rounds
          {loop.usedResume || loop.usedJobDescription
            ? ` · tailored to your ${[loop.usedResume ? "resume" : "", loop.usedJobDescription ? "job description" : ""].filter(Boolean).join(" and ")}`
            : ""}
        </p>
      </div>
      {page.tailoringProblem ? <Alert variant="destructive">{page.tailoringProblem}</Alert> : null}
      <section aria-labelledby="loop-rounds-heading" className="grid gap-3">
        <h2 id="loop-rounds-heading" className="text-lg font-semibold">
          Rounds
        </h2>
        <LoopRounds loopId={loop.id} progress={progress} start={startRoundAction} />
      </section>
      <LoopReportView report={report} gapNote={gapNote} />
      <p className="text-sm text-muted-foreground">
        Only you see this loop and what it kept from your documents.{" "}
        <Link href={DOCUMENTS_PATH} className="underline">
          Your resume and job description
        </Link>
      </p>
    </div>
  );
}
