// GET /api/interviews/:id — the session as the UI shows it (owner student or the batch's instructor).
import { requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { sessionIdSchema } from "@/lib/interview/input";
import { getInterviewView } from "@/lib/interview/service";

export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return handle("interview", async () => {
    const id = sessionIdSchema.safeParse((await params).sessionId);
    if (!id.success) throw new AppError("not_found:interview", "We could not find that interview.");
    const user = await requireUser();
    return Response.json(await getInterviewView(user, id.data));
  });
}
