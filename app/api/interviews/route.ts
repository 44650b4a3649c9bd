// POST /api/interviews {topicId} — start an interview on an unlocked topic, or resume the open one;
// {source: "JOB_PRACTICE", setup: {role, seniority, focus, questionCount, language}} — start job practice;
// {source: "JOB_LOOP_ROUND", loopId, roundIndex} — start (or resume) a round of one of the student's loops;
// {source: "ASSIGNMENT", assignmentId} — start (or resume) an attempt at one of the student's assignments.
import { requireStudent } from "@/lib/auth/guards";
import { apiRoute, eventStream, wantsEventStream } from "@/lib/http";
import { startSchema } from "@/lib/interview/input";
import { startInterview } from "@/lib/interview/service";

/** Vercel: long enough for one step's model deadline (LLM_TURN_BUDGET_MS, default 30 s) plus the database. */
export const maxDuration = 60;

export const POST = apiRoute({ surface: "interview", session: () => requireStudent(), body: startSchema, serverTiming: true }, async ({ request, user, body }) => {
  if (wantsEventStream(request)) return eventStream((sink) => startInterview(user, body, sink), "interview");
  const { view, resumed } = await startInterview(user, body);
  return Response.json(view, { status: resumed ? 200 : 201 });
});
