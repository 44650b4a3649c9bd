// POST /api/interviews/:id/answer {turn, answer} — idempotent per turn: the same answer twice
// is graded once; a different answer to an answered turn, or a stale turn, gets 409.
// With `Accept: text/event-stream` the next question streams in as the model writes it.
import { requireStudent } from "@/lib/auth/guards";
import { apiRoute, eventStream, wantsEventStream } from "@/lib/http";
import { answerSchema, sessionParams } from "@/lib/interview/input";
import { submitAnswer } from "@/lib/interview/service";

/** Vercel: long enough for one step's model deadline (LLM_TURN_BUDGET_MS, default 30 s) plus the database. */
export const maxDuration = 60;

export const POST = apiRoute(
  { surface: "turn", params: sessionParams, session: () => requireStudent(), body: answerSchema, serverTiming: true },
  async ({ request, user, body, params }) => {
    if (wantsEventStream(request)) return eventStream((sink) => submitAnswer(user, params.sessionId, body.turn, body.answer, sink), "turn");
    return Response.json(await submitAnswer(user, params.sessionId, body.turn, body.answer));
  },
);
