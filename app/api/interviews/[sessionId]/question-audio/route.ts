// GET /api/interviews/:id/question-audio — the question waiting for the student's answer, read
// aloud by the configured OpenAI-compatible /audio/speech endpoint and streamed back as audio.
// The text is the server's own (the pending question), never the caller's, so this is not an open
// text-to-speech proxy. Without an endpoint: 503, and the page uses the browser's speech synthesis.
import { requireStudent } from "@/lib/auth/guards";
import { ttsEndpoint } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http";
import { sessionParams } from "@/lib/interview/input";
import { awaitedQuestion } from "@/lib/interview/service";
import { speechMessages } from "@/lib/speech/limits";
import { speak } from "@/lib/speech/speak";

export const GET = apiRoute({ surface: "speech", params: sessionParams, session: () => requireStudent() }, async ({ user, params }) => {
  const question = await awaitedQuestion(user, params.sessionId);
  const endpoint = ttsEndpoint();
  if (!endpoint) throw new AppError("unavailable:speech", speechMessages.voiceNotConfigured);
  const audio = await speak(question.text, endpoint);
  // Private: the question is the student's own interview's.
  return new Response(audio.body, { headers: { "content-type": audio.contentType, "cache-control": "private, no-store" } });
});
