// POST /api/interviews {topicId} — start an interview on an unlocked topic, or resume the open one.
import { requireStudent } from "@/lib/auth/guards";
import { eventStream, handle, readJson, wantsEventStream } from "@/lib/http";
import { startSchema } from "@/lib/interview/input";
import { startInterview } from "@/lib/interview/service";
import { timed, withServerTiming } from "@/lib/timing";

export async function POST(request: Request) {
  return handle("interview", () => withServerTiming(async () => {
    const { topicId } = await readJson(request, startSchema, "interview");
    const student = await timed("auth", () => requireStudent());
    if (wantsEventStream(request)) return eventStream((onToken) => startInterview(student, topicId, { onToken }), "interview");
    const { view, resumed } = await startInterview(student, topicId);
    return Response.json(view, { status: resumed ? 200 : 201 });
  }));
}
