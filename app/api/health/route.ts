// Readiness for tests and deploys: 200 when the database answers, 503 otherwise.
// Public by design (no data), so no session check.
import { databaseAnswers } from "@/lib/db/queries/health";
import { anyone, apiRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ surface: "database", session: anyone }, async () =>
  (await databaseAnswers()) ? Response.json({ status: "ok" }) : Response.json({ status: "unavailable", message: "The database is not reachable." }, { status: 503 }),
);
