// One assignment on the instructor's page: what and when, completion counts, who has not started,
// and every enrolled student's status with a link to the attempt to read.
import { LocalTime } from "@/components/assignments/local-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import type { FormAction, StateAction } from "@/lib/actions/result";
import type { AssignmentStatus, CompletionCounts } from "@/lib/assignments/progress";
import { plural } from "@/lib/plural";
import { EditAssignmentForm, type EditableAssignment } from "./edit-assignment-form";

export type AssignmentStudentRow = { studentId: string; name: string; status: AssignmentStatus; attempts: number; bestScore: number | null; late: boolean; href: string | null };

export type AssignmentSummary = EditableAssignment & {
  /** "Topic: Hash tables" or "Job practice: Data analyst · Junior · Mixed · 5 questions". */
  what: string;
  archived: boolean;
  counts: CompletionCounts;
  students: AssignmentStudentRow[];
};

const STATUS_LABELS: Record<AssignmentStatus, string> = { COMPLETED: "Completed", IN_PROGRESS: "In progress", NOT_STARTED: "Not started" };

export function AssignmentCard({ a, canManage, update, archive }: { a: AssignmentSummary; canManage: boolean; update: StateAction; archive: FormAction }) {
  const notStarted = a.students.filter((s) => s.status === "NOT_STARTED");
  return (
    <Card data-testid="assignment" data-title={a.title} className="min-w-0">
      <CardHeader className="gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle as="h3" className="text-base">
            {a.title}
          </CardTitle>
          {a.archived ? <Badge variant="secondary">Archived</Badge> : null}
        </div>
        <CardDescription>
          {a.what} · opens <LocalTime iso={a.opensAt} /> · due <LocalTime iso={a.dueAt} testId="assignment-due" /> ·{" "}
          {a.maxAttempts === null ? "unlimited attempts" : plural(a.maxAttempts, "attempt")}
        </CardDescription>
        {a.instructions ? <p className="whitespace-pre-wrap text-sm">{a.instructions}</p> : null}
      </CardHeader>
      <CardContent className="grid gap-4">
        <p className="text-sm" data-testid="assignment-counts">
          <span className="font-semibold">{a.counts.percent}% completed</span> · {a.counts.completed} completed · {a.counts.inProgress} in progress · {a.counts.notStarted} not
          started
        </p>
        {notStarted.length > 0 ? (
          <p className="text-sm text-muted-foreground" data-testid="assignment-not-started">
            Not started: {notStarted.map((s) => s.name).join(", ")}
          </p>
        ) : null}
        {a.students.length === 0 ? (
          <p className="text-sm text-muted-foreground">No students in the class yet.</p>
        ) : (
          <DataTable label={`Students on ${a.title}`} columns={["Student", "Status", "Attempts", "Best score", { label: "Open", srOnly: true }]} data-testid="assignment-students">
            {a.students.map((s) => (
              <tr key={s.studentId} className="border-t" data-testid="assignment-student" data-student={s.name} data-status={s.status}>
                <td className="px-3 py-2">{s.name}</td>
                <td className="px-3 py-2">
                  {STATUS_LABELS[s.status]}
                  {s.late ? (
                    <Badge variant="warning" className="ml-2" data-testid="assignment-late">
                      Late
                    </Badge>
                  ) : null}
                </td>
                <td className="px-3 py-2">
                  {s.attempts}
                  {a.maxAttempts === null ? "" : ` / ${a.maxAttempts}`}
                </td>
                <td className="px-3 py-2">{s.bestScore === null ? "—" : `${s.bestScore}/100`}</td>
                <td className="px-3 py-2">
                  {s.href ? (
                    <a href={s.href} className="text-primary hover:underline" data-testid="assignment-transcript">
                      Transcript<span className="sr-only"> of {s.name}</span>
                    </a>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {canManage ? (
          <div className="flex flex-wrap items-start gap-3">
            {a.archived ? null : (
              <details className="min-w-0 flex-1">
                <summary className="cursor-pointer text-sm text-primary" data-testid="assignment-edit-open">
                  Edit dates, attempts or instructions
                </summary>
                <div className="mt-3">
                  <EditAssignmentForm assignment={a} update={update} />
                </div>
              </details>
            )}
            <form action={archive}>
              <input type="hidden" name="batchId" value={a.batchId} />
              <input type="hidden" name="assignmentId" value={a.id} />
              <input type="hidden" name="archived" value={a.archived ? "false" : "true"} />
              <Button type="submit" variant="outline" size="sm" data-testid="assignment-archive">
                {a.archived ? "Restore" : "Archive"}
                <span className="sr-only"> {a.title}</span>
              </Button>
            </form>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
