// GET /api/batches/:id/export?type=turns|students — the batch's results as CSV (the class's owner and assistants).
// Cells that look like spreadsheet formulas are prefixed with ' so they are never evaluated.
import { z } from "zod";
import { requireInstructor } from "@/lib/auth/guards";
import { csvCell } from "@/lib/csv/questions";
import { exportStudents, exportTurns } from "@/lib/db/queries/export";
import { classAccess } from "@/lib/db/queries/class-access";
import { AppError } from "@/lib/errors";
import { apiRoute, idParam } from "@/lib/http";

const typeSchema = z.enum(["turns", "students"]);

function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return "";
  const columns = Object.keys(rows[0]!);
  const value = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === "boolean" ? (v ? "yes" : "no") : (v as string | number | null));
  return `${[columns.join(","), ...rows.map((r) => columns.map((c) => csvCell(value(r[c]))).join(","))].join("\r\n")}\r\n`;
}

const batchParams = idParam("batchId", z.string().min(1).max(64), "not_found:batch", "We could not find that class.");

export const GET = apiRoute({ surface: "batch", params: batchParams, session: () => requireInstructor() }, async ({ request, user, params }) => {
  const type = typeSchema.safeParse(new URL(request.url).searchParams.get("type") ?? "turns");
  if (!type.success) throw new AppError("bad_request:batch", "type must be turns or students.");
  const batch = await classAccess(params.batchId, user.id, "view");
  const rows = type.data === "turns" ? await exportTurns(batch.id) : await exportStudents(batch.id);
  const slug =
    batch.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "class";
  // BOM so Excel opens UTF-8 names correctly.
  return new Response(`\ufeff${toCsv(rows)}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${slug}-${type.data}.csv"`,
      "cache-control": "no-store",
    },
  });
});
