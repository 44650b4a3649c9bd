import type { Metadata } from "next";
import { addAssistantAction, removeAssistantAction } from "@/app/(instructor)/instructor/staff-actions";
import { StaffInviteForm } from "@/components/instructor/staff-invite-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DataTable } from "@/components/ui/table";
import { classStaff } from "@/lib/db/queries/staff";
import { classPage, orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Instructors" };

export default async function StaffPage({ params }: { params: Promise<{ batchId: string }> }) {
  const { batchId } = await params;
  const { user, canManage } = await classPage(batchId);
  const { owner, assistants } = await orNotFound(classStaff(batchId, user.id));
  return (
    <section className="grid gap-4" aria-labelledby="staff-heading">
      <div>
        <h2 id="staff-heading" className="text-lg font-semibold">
          Instructors
        </h2>
        <p className="text-sm text-muted-foreground">
          Assistants see everything in the class, read transcripts, override and confirm grades. Only the owner changes topics, questions and settings, removes students, issues a
          new class code or archives the class. The audit log shows who did what.
        </p>
      </div>
      <DataTable data-testid="staff-list" label="Instructors of this class" columns={["Name", "Role", "Added", { label: "Actions", srOnly: true }]}>
        <tr className="border-t" data-testid="staff-row" data-role="OWNER">
          <td className="px-3 py-2">
            <span className="font-medium break-words">{owner.name}</span>
            <span className="block text-xs break-all text-muted-foreground">{owner.email}</span>
          </td>
          <td className="px-3 py-2">Owner</td>
          <td className="px-3 py-2">—</td>
          <td className="px-3 py-2" />
        </tr>
        {assistants.map((a) => (
          <tr key={a.id} className="border-t" data-testid="staff-row" data-role="ASSISTANT">
            <td className="px-3 py-2">
              <span className="font-medium break-words">{a.name}</span>
              <span className="block text-xs break-all text-muted-foreground">{a.email}</span>
            </td>
            <td className="px-3 py-2">Assistant</td>
            <td className="px-3 py-2 text-sm">
              {a.addedAt.toLocaleDateString("en", { dateStyle: "medium" })}
              <span className="block text-xs text-muted-foreground">by {a.addedBy}</span>
            </td>
            <td className="px-3 py-2 text-right">
              {canManage || a.id === user.id ? (
                <form action={removeAssistantAction}>
                  <input type="hidden" name="batchId" value={batchId} />
                  <input type="hidden" name="userId" value={a.id} />
                  <Button type="submit" variant="ghost" size="sm" className="text-destructive" data-testid={a.id === user.id ? "leave-class" : "remove-assistant"}>
                    {a.id === user.id ? "Leave this class" : "Remove"}
                    <span className="sr-only"> {a.name}</span>
                  </Button>
                </form>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      {canManage ? (
        <Card>
          <CardHeader>
            <CardTitle as="h3" className="text-base">
              Add a co-instructor
            </CardTitle>
            <CardDescription>
              Enter the e-mail of their instructor account. They see the class at once under “Your classes”, and get an e-mail about it when this server sends e-mail.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <StaffInviteForm batchId={batchId} action={addAssistantAction} />
          </CardContent>
        </Card>
      ) : null}
    </section>
  );
}
