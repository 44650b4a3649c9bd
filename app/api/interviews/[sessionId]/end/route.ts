// POST /api/interviews/:id/end — finish early; the report covers what was answered.
import { requireStudent } from "@/lib/auth/guards";
import { handle } from "@/lib/http";
import { sessionIdFrom } from "@/lib/interview/input";
import { endInterview } from "@/lib/interview/service";

export async function POST(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return handle("interview", async () => {
    const sessionId = await sessionIdFrom(params);
    const student = await requireStudent();
    return Response.json(await endInterview(student, sessionId));
  });
}
