// POST /api/interviews/:id/transcribe — a recorded answer as the raw body (Content-Type: the
// recording's audio type, e.g. audio/webm), transcribed by the configured OpenAI-compatible
// endpoint; the answer is { text, words, durationSeconds } for the student to check and edit
// before submitting it as their answer. Everything that can refuse — signed in as a student, the
// hourly limit, the interview being theirs and waiting for an answer, an endpoint configured —
// is checked before the body is read, and the body never more than 10 MB. The audio is kept only
// when the student opted in (then `kept: true`, deletable from the report; `keptNote` says why one
// was not kept); a failed transcription keeps nothing.
import { requireStudent } from "@/lib/auth/guards";
import { keepRecording } from "@/lib/db/queries/recordings";
import { sttEndpoint } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http";
import { sessionParams } from "@/lib/interview/input";
import { awaitedQuestion } from "@/lib/interview/service";
import { TRANSCRIBE_PER_STUDENT, takeAttempt } from "@/lib/rate-limits";
import { AUDIO_TYPES, MAX_AUDIO_BYTES, speechMessages } from "@/lib/speech/limits";
import { extensionFor, transcribe } from "@/lib/speech/transcribe";

/** Vercel: a long recording on a slow endpoint (STT_TIMEOUT_MS, 30 s by default). */
export const maxDuration = 60;

export const POST = apiRoute(
  {
    surface: "speech",
    params: sessionParams,
    session: async ({ sessionId }) => {
      const user = await requireStudent();
      await takeAttempt([TRANSCRIBE_PER_STUDENT, user.id]);
      const { turn } = await awaitedQuestion(user, sessionId);
      const endpoint = sttEndpoint();
      if (!endpoint) throw new AppError("unavailable:speech", speechMessages.notConfigured);
      return { user, endpoint, turn };
    },
    upload: { contentTypes: AUDIO_TYPES, maxBytes: MAX_AUDIO_BYTES, wrongTypeMessage: speechMessages.unsupported, tooLargeMessage: speechMessages.tooLarge },
  },
  async ({ request, user: { user, endpoint, turn }, body, params }) => {
    const mimeType = (request.headers.get("content-type") ?? "audio/webm").split(";")[0]!.trim().toLowerCase();
    const result = await transcribe({ bytes: body, mimeType, fileName: `answer.${extensionFor(mimeType)}` }, endpoint);
    const kept = await keepRecording(user.id, { sessionId: params.sessionId, turnIndex: turn, mimeType, bytes: body });
    return Response.json({ ...result, ...kept });
  },
);
