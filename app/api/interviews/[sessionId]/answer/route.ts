// POST /api/interviews/:id/answer {turn, answer} — idempotent per turn: the same answer twice
// is graded once; a different answer to an answered turn, or a stale turn, gets 409.
// With `Accept: text/event-stream` the next question streams in as the model writes it.
import { requireStudent } from "@/lib/auth/guards";
import { eventStream, handle, readJson, wantsEventStream } from "@/lib/http";
import { answerSchema, sessionIdFrom } from "@/lib/interview/input";
import { submitAnswer } from "@/lib/interview/service";
import { timed, withServerTiming } from "@/lib/timing";

export async function POST(request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  return handle("turn", () => withServerTiming(async () => {
    const { turn, answer } = await readJson(request, answerSchema, "turn");
    const sessionId = await sessionIdFrom(params);
    const student = await timed("auth", () => requireStudent());
    if (wantsEventStream(request)) return eventStream((onToken) => submitAnswer(student, sessionId, turn, answer, { onToken }), "turn");
    return Response.json(await submitAnswer(student, sessionId, turn, answer));
  }));
}
