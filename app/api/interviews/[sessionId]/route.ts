// GET /api/interviews/:id — the session as the UI shows it (owner student or the batch's instructor).
import { requireUser } from "@/lib/auth/guards";
import { handle } from "@/lib/http";
import { sessionIdFrom } from "@/lib/interview/input";
import { getInterviewView } from "@/lib/interview/service";

export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return handle("interview", async () => {
    const sessionId = await sessionIdFrom(params);
    const user = await requireUser();
    return Response.json(await getInterviewView(user, sessionId));
  });
}
