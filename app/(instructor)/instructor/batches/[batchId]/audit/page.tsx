import type { Metadata } from "next";
import { DataTable } from "@/components/ui/table";
import { describeAudit } from "@/lib/audit-labels";
import { listBatchAudit } from "@/lib/db/queries/audit";
import { instructorPage, orNotFound } from "@/lib/pages";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ params }: { params: Promise<{ batchId: string }> }) {
  const instructor = await instructorPage();
  const { batchId } = await params;
  const entries = await orNotFound(listBatchAudit(batchId, instructor.id));
  return (
    <section className="grid gap-3" aria-labelledby="audit-heading">
      <h2 id="audit-heading" className="text-lg font-semibold">
        Audit log
      </h2>
      <p className="text-sm text-muted-foreground">
        Every change to this class — by its owner, its assistants and its students: grade overrides, new class codes, imports, removed students, topic and question edits, students
        joining — with who did it and when (newest 200).
      </p>
      {entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing recorded yet.</p>
      ) : (
        <DataTable data-testid="audit-log" label="Audit log" columns={["When", "Who", "What", "Details"]}>
          {entries.map((e) => (
            <tr key={e.id} className="border-t align-top" data-testid="audit-row" data-action={e.action}>
              <td className="whitespace-nowrap px-3 py-2">{e.createdAt.toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="px-3 py-2">
                {e.actor ? e.actor.name : "deleted account"}
                {e.actorStanding ? (
                  <span className="ml-1 rounded bg-muted px-1.5 py-0.5 text-xs" data-testid="audit-actor-role">
                    {e.actorStanding}
                  </span>
                ) : null}
                {e.actor ? <span className="block text-xs text-muted-foreground">{e.actor.email}</span> : null}
              </td>
              <td className="px-3 py-2">
                {describeAudit(e.action)}
                {e.target ? <span className="block text-xs text-muted-foreground">{e.target}</span> : null}
              </td>
              <td className="px-3 py-2 text-xs text-muted-foreground">{formatDetails(e.metadata)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function formatDetails(metadata: unknown): string {
  if (!metadata || typeof metadata !== "object") return "";
  return Object.entries(metadata as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" · ");
}
