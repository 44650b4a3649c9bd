// POST /api/interviews/:id/end — finish early; the report covers what was answered.
import { requireStudent } from "@/lib/auth/guards";
import { apiRoute } from "@/lib/http";
import { sessionParams } from "@/lib/interview/input";
import { endInterview } from "@/lib/interview/service";

export const POST = apiRoute({ surface: "interview", params: sessionParams, session: () => requireStudent() }, async ({ user, params }) =>
  Response.json(await endInterview(user, params.sessionId)),
);
