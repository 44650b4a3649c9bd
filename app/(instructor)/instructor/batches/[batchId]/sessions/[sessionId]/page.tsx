import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { confirmGradeAction, overrideGradeAction } from "@/app/(instructor)/instructor/grade-actions";
import { canBeExample } from "@/lib/db/queries/grading-examples";
import { Transcript } from "@/components/instructor/transcript";
import { transcriptTurn } from "@/components/instructor/transcript-turn";
import { transcript } from "@/lib/db/queries/instructor";
import { instructorPage, orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Transcript" };

export default async function TranscriptPage({ params }: { params: Promise<{ batchId: string; sessionId: string }> }) {
  const instructor = await instructorPage();
  const { batchId, sessionId } = await params;
  const session = await orNotFound(transcript(sessionId, instructor.id));
  if (session.batchId !== batchId) notFound();
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-xl font-semibold">
            {session.student.name} · {session.topic?.name ?? session.title}
          </h2>
          <p className="text-sm text-muted-foreground">
            {session.status.toLowerCase().replace("_", " ")} · score {session.overallScore === null ? "—" : Math.round(session.overallScore)} · started{" "}
            {session.startedAt.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}
            {session.late ? <span data-testid="attempt-late"> · late attempt (started after the assignment's due date)</span> : null}
          </p>
        </div>
        {session.report ? (
          <Link href={`/report/${session.id}`} className="text-sm text-primary hover:underline">
            Open the student&apos;s report
          </Link>
        ) : null}
      </div>
      <Transcript
        overrideGrade={overrideGradeAction}
        confirmGrade={confirmGradeAction}
        turns={session.turns.map((t) =>
          transcriptTurn(t, {
            exampleSource: t.example?.source ?? null,
            canBeExample: canBeExample(t),
            overrides: t.overrides.map((o) => ({
              by: o.instructor.name,
              at: o.createdAt.toISOString(),
              from: `${o.previousVerdict?.toLowerCase() ?? "—"} ${o.previousScore ?? ""}`,
              to: `${o.verdict.toLowerCase()} ${o.score}`,
              reason: o.reason,
            })),
          }),
        )}
      />
    </div>
  );
}
