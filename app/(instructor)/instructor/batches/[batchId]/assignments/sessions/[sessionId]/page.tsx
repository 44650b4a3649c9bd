import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/assignments/local-time";
import { Transcript } from "@/components/instructor/transcript";
import { NOT_REVIEWABLE, transcriptTurn } from "@/components/instructor/transcript-turn";
import { Badge } from "@/components/ui/badge";
import { batchPath } from "@/lib/actions/fields";
import { assignmentSessionTranscript } from "@/lib/db/queries/assignments";
import { instructorPage, orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Assignment attempt" };

// A job-practice assignment's attempt has no class of its own (class analytics never count it):
// its class's staff reach it through the assignment. Read-only: its questions are the built-in
// bank's, so there is no class question for a grade to teach.
export default async function AssignmentAttemptPage({ params }: { params: Promise<{ batchId: string; sessionId: string }> }) {
  const instructor = await instructorPage();
  const { batchId, sessionId } = await params;
  const session = await orNotFound(assignmentSessionTranscript(batchId, sessionId, instructor.id));
  return (
    <div className="grid gap-4">
      <div className="grid gap-1">
        <h2 className="text-xl font-semibold">
          {session.student.name} · {session.assignment?.title ?? session.title}
        </h2>
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          {session.status.toLowerCase().replace("_", " ")} · score {session.overallScore === null ? "—" : Math.round(session.overallScore)} · started{" "}
          <LocalTime iso={session.startedAt.toISOString()} />
          {session.late ? (
            <Badge variant="warning" data-testid="attempt-late">
              Late
            </Badge>
          ) : null}
        </p>
        <Link href={`${batchPath(batchId)}/assignments`} className="text-sm text-primary hover:underline">
          Back to assignments
        </Link>
      </div>
      <Transcript turns={session.turns.map((t) => transcriptTurn(t, NOT_REVIEWABLE))} />
    </div>
  );
}
