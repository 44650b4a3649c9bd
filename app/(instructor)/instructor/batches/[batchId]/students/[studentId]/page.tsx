import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/table";
import { createResetLinkAction } from "@/app/(instructor)/instructor/email-actions";
import { ResetLinkButton } from "@/components/instructor/reset-link-button";
import { notFound } from "next/navigation";
import { MasteryChart } from "@/components/charts/mastery-chart";
import { ProgressChart } from "@/components/charts/progress-chart";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { studentInBatch } from "@/lib/db/queries/analytics";
import { classPage } from "@/lib/pages";

export const metadata: Metadata = { title: "Student" };

/** The topic's current name (the name at the start if the topic is gone). */
const topicOf = (s: { title: string; topic: { name: string } | null }) => s.topic?.name ?? s.title;

export default async function StudentDetailPage({ params }: { params: Promise<{ batchId: string; studentId: string }> }) {
  const { batchId, studentId } = await params;
  const { canManage } = await classPage(batchId);
  const detail = await studentInBatch(batchId, studentId);
  if (!detail) notFound();
  const completed = detail.sessions.filter((s) => s.status === "COMPLETED" && s.overallScore !== null && s.completedAt);
  const byTopic = new Map<string, number[]>();
  for (const s of completed) byTopic.set(topicOf(s), [...(byTopic.get(topicOf(s)) ?? []), s.overallScore!]);
  const mastery = [...byTopic.entries()].map(([topic, scores]) => ({ topic, mastery: Math.round(scores.slice(0, 3).reduce((a, b) => a + b, 0) / Math.min(3, scores.length)) }));
  return (
    <div className="grid gap-6 *:min-w-0" data-testid="student-detail">
      <div>
        <h2 className="text-xl font-semibold break-words">{detail.enrollment.student.name}</h2>
        <p className="text-sm break-words text-muted-foreground">
          {detail.enrollment.student.email} · joined {detail.enrollment.joinedAt.toLocaleDateString(undefined, { dateStyle: "medium" })}
          {detail.enrollment.removedAt ? " · removed from the class" : ""}
        </p>
      </div>
      {completed.length > 0 ? (
        <div className="grid gap-4 *:min-w-0 lg:grid-cols-2">
          <Card>
            <CardHeader>
              <CardTitle as="h3" className="text-base">
                Score trend
              </CardTitle>
            </CardHeader>
            <CardContent>
              <ProgressChart
                data={completed
                  .slice()
                  .reverse()
                  .map((s) => ({ date: s.completedAt!.toISOString(), score: Math.round(s.overallScore!), topic: s.topic?.name ?? s.title }))}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h3" className="text-base">
                Mastery by topic
              </CardTitle>
            </CardHeader>
            <CardContent>
              <MasteryChart data={mastery} />
            </CardContent>
          </Card>
        </div>
      ) : null}
      <DataTable data-testid="student-sessions" label="Interviews" columns={["Topic", "Started", "Status", "Turns", "Score", { label: "Open", srOnly: true }]}>
        {detail.sessions.map((s) => (
          <tr key={s.id} className="border-t">
            <td className="px-3 py-2">{s.topic?.name ?? s.title}</td>
            <td className="px-3 py-2">{s.startedAt.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}</td>
            <td className="px-3 py-2">{s.status.toLowerCase().replace("_", " ")}</td>
            <td className="px-3 py-2">{s._count.turns}</td>
            <td className="px-3 py-2">{s.overallScore === null ? "—" : Math.round(s.overallScore)}</td>
            <td className="px-3 py-2 text-right">
              <Link href={`/instructor/batches/${batchId}/sessions/${s.id}`} className="text-primary hover:underline" data-testid="open-transcript">
                Transcript<span className="sr-only"> of {s.topic?.name ?? s.title}</span>
              </Link>
            </td>
          </tr>
        ))}
      </DataTable>
      {detail.enrollment.removedAt || !canManage ? null : (
        <ResetLinkButton create={createResetLinkAction} batchId={batchId} studentId={studentId} studentName={detail.enrollment.student.name} />
      )}
    </div>
  );
}
