// GET /api/interviews/:id — the session as the UI shows it (owner student or the batch's instructor).
import { requireUser } from "@/lib/auth/guards";
import { apiRoute } from "@/lib/http";
import { sessionParams } from "@/lib/interview/input";
import { getInterviewView } from "@/lib/interview/service";

export const GET = apiRoute({ surface: "interview", params: sessionParams, session: () => requireUser() }, async ({ user, params }) =>
  Response.json(await getInterviewView(user, params.sessionId)),
);
