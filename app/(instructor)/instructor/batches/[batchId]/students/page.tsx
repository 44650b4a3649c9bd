import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/table";
import { removeStudentAction } from "@/app/(instructor)/instructor/actions";
import { inviteStudentsAction } from "@/app/(instructor)/instructor/email-actions";
import { InviteStudentsForm } from "@/components/instructor/invite-students-form";
import { emailEnabled } from "@/lib/email/send";
import { Button } from "@/components/ui/button";
import { roster } from "@/lib/db/queries/instructor";
import { classPage, orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Students" };

export default async function StudentsPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const { user, canManage } = await classPage(batchId);
  const students = await orNotFound(roster(batchId, user.id));
  return (
    <section className="grid gap-3" aria-labelledby="roster-heading">
      <h2 id="roster-heading" className="text-lg font-semibold">
        Roster ({students.length})
      </h2>
      {students.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nobody has joined yet. Share the class code above with your students.</p>
      ) : (
        <DataTable data-testid="roster" label="Roster" columns={["Student", "Joined", "Sessions", "Average", "Last active", { label: "Actions", srOnly: true }]}>
          {students.map((s) => (
            <tr key={s.studentId} className="border-t" data-testid="roster-row">
              <td className="px-3 py-2">
                <Link href={`/instructor/batches/${batchId}/students/${s.studentId}`} className="font-medium text-primary hover:underline">
                  {s.name}
                </Link>
                <span className="block text-xs text-muted-foreground">{s.email}</span>
              </td>
              <td className="px-3 py-2">{s.joinedAt.toLocaleDateString(undefined, { dateStyle: "medium" })}</td>
              <td className="px-3 py-2">{s.sessions}</td>
              <td className="px-3 py-2">{s.averageScore === null ? "—" : Math.round(s.averageScore)}</td>
              <td className="px-3 py-2">{s.lastActive ? s.lastActive.toLocaleDateString(undefined, { dateStyle: "medium" }) : "—"}</td>
              <td className="px-3 py-2 text-right">
                {canManage ? (
                  <form action={removeStudentAction}>
                    <input type="hidden" name="batchId" value={batchId} />
                    <input type="hidden" name="studentId" value={s.studentId} />
                    <Button type="submit" variant="ghost" size="sm" className="text-destructive">
                      Remove<span className="sr-only"> {s.name}</span>
                    </Button>
                  </form>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="text-xs text-muted-foreground">Removing a student keeps their past interviews in your analytics and closes any interview they have open.</p>
      {canManage && emailEnabled() ? <InviteStudentsForm invite={inviteStudentsAction} batchId={batchId} /> : null}
    </section>
  );
}
