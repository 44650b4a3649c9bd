import type { Metadata } from "next";
import { archiveAssignmentAction, createAssignmentAction, updateAssignmentAction } from "@/app/(instructor)/instructor/assignment-actions";
import { AssignmentCard, type AssignmentSummary } from "@/components/instructor/assignments/assignment-card";
import { CreateAssignmentForm } from "@/components/instructor/assignments/create-assignment-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { batchPath } from "@/lib/actions/fields";
import { describeAssignment } from "@/lib/assignments/describe";
import { completionOf } from "@/lib/assignments/progress";
import { can } from "@/lib/class-roles";
import { assignableTopics, batchAssignments } from "@/lib/db/queries/assignments";
import { engineModel } from "@/lib/interview/engine";
import { instructorPage, orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage({ params }: { params: Promise<{ batchId: string }> }) {
  const instructor = await instructorPage();
  const { batchId } = await params;
  const { role, assignments } = await orNotFound(batchAssignments(batchId, instructor.id));
  const canManage = can(role, "manage");
  const topics = canManage ? await assignableTopics(batchId) : [];
  const base = batchPath(batchId);
  const summaries: AssignmentSummary[] = assignments.map((a) => ({
    id: a.id,
    batchId,
    title: a.title,
    instructions: a.instructions,
    opensAt: a.opensAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    maxAttempts: a.maxAttempts,
    what: describeAssignment(a),
    archived: a.archivedAt !== null,
    counts: completionOf(a.students.map((s) => s.status)),
    students: a.students.map((s) => ({
      studentId: s.studentId,
      name: s.name,
      status: s.status,
      attempts: s.attempts,
      bestScore: s.bestScore,
      late: s.late,
      // A topic attempt opens in the class's transcript page (grades can be reviewed there); a
      // job-practice one, which has no class of its own, through the assignment.
      href: s.sessionId ? (a.topicId ? `${base}/sessions/${s.sessionId}` : `${base}/assignments/sessions/${s.sessionId}`) : null,
    })),
  }));
  return (
    <div className="grid gap-6 *:min-w-0">
      {canManage ? (
        <Card>
          <CardHeader>
            <CardTitle>Set an assignment</CardTitle>
            <CardDescription>Students see it on their dashboard with a countdown to the due date.</CardDescription>
          </CardHeader>
          <CardContent>
            <CreateAssignmentForm batchId={batchId} topics={topics} create={createAssignmentAction} modelConfigured={engineModel() !== null} />
          </CardContent>
        </Card>
      ) : null}
      <section aria-labelledby="assignments-heading" className="grid gap-4 *:min-w-0">
        <h2 id="assignments-heading" className="text-lg font-semibold">
          Assignments
        </h2>
        {summaries.length === 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="assignments-empty">
            No assignments yet.
          </p>
        ) : (
          summaries.map((a) => <AssignmentCard key={a.id} a={a} canManage={canManage} update={updateAssignmentAction} archive={archiveAssignmentAction} />)
        )}
      </section>
    </div>
  );
}
