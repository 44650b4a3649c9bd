// POST /api/interviews/:id/answer {turn, answer} — idempotent per turn: the same answer twice
// is graded once; a different answer to an answered turn, or a stale turn, gets 409.
// With `Accept: text/event-stream` the next question streams in as the model writes it.
import { requireStudent } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { eventStream, handle, readJson, wantsEventStream } from "@/lib/http";
import { answerSchema, sessionIdSchema } from "@/lib/interview/input";
import { submitAnswer } from "@/lib/interview/service";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return handle("turn", async () => {
    const { turn, answer } = await readJson(request, answerSchema, "turn");
    const id = sessionIdSchema.safeParse((await params).sessionId);
    if (!id.success) throw new AppError("not_found:interview", "We could not find that interview.");
    const student = await requireStudent();
    if (wantsEventStream(request)) return eventStream((onToken) => submitAnswer(student, id.data, turn, answer, { onToken }), "turn");
    return Response.json(await submitAnswer(student, id.data, turn, answer));
  });
}
