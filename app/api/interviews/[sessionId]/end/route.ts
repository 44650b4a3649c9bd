// POST /api/interviews/:id/end — finish early; the report covers what was answered. Answers
// sent once the end was requested get 409; a second End waits for the first one's report.
import { requireStudent } from "@/lib/auth/guards";
import { apiRoute } from "@/lib/http";
import { sessionParams } from "@/lib/interview/input";
import { endInterview } from "@/lib/interview/service";

/** Vercel: long enough for one step's model deadline (LLM_TURN_BUDGET_MS, default 30 s) plus the database. */
export const maxDuration = 60;

export const POST = apiRoute({ surface: "interview", params: sessionParams, session: () => requireStudent() }, async ({ user, params }) =>
  Response.json(await endInterview(user, params.sessionId)),
);
