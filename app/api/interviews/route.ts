// POST /api/interviews {topicId} — start an interview on an unlocked topic, or resume the open one.
import { requireStudent } from "@/lib/auth/guards";
import { apiRoute, eventStream, wantsEventStream } from "@/lib/http";
import { startSchema } from "@/lib/interview/input";
import { startInterview } from "@/lib/interview/service";

export const POST = apiRoute({ surface: "interview", session: () => requireStudent(), body: startSchema, serverTiming: true }, async ({ request, user, body }) => {
  if (wantsEventStream(request)) return eventStream((onToken) => startInterview(user, body.topicId, { onToken }), "interview");
  const { view, resumed } = await startInterview(user, body.topicId);
  return Response.json(view, { status: resumed ? 200 : 201 });
});
