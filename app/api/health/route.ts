// Readiness for tests and deploys: 200 when the database answers, 503 otherwise.
// Public by design (no data), so no session check.
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch (error) {
    console.error("[health] database check failed", error);
    return Response.json({ status: "unavailable", message: "The database is not reachable." }, { status: 503 });
  }
}
