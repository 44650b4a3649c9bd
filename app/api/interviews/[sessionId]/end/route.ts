// POST /api/interviews/:id/end — finish early; the report covers what was answered.
import { requireStudent } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";
import { sessionIdSchema } from "@/lib/interview/input";
import { endInterview } from "@/lib/interview/service";

export async function POST(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return handle("interview", async () => {
    const id = sessionIdSchema.safeParse((await params).sessionId);
    if (!id.success) throw new AppError("not_found:interview", "We could not find that interview.");
    const student = await requireStudent();
    return Response.json(await endInterview(student, id.data));
  });
}
