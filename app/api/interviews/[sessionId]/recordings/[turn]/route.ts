// GET /api/interviews/:id/recordings/:turn — the student's kept recording of a spoken answer,
// decrypted and sent with its own audio type; DELETE removes it (audited, as deleting a personal
// document is). The interview's student only: instructors do not get the audio (the student kept
// it for themselves), and anyone else gets the same 404 as for a recording that does not exist.
import { clientIp } from "@/lib/auth/client-ip";
import { requireUser } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/db/queries/audit";
import { deleteRecording, recordingOf } from "@/lib/db/queries/recordings";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http";
import { sessionParams } from "@/lib/interview/input";

const NOT_FOUND = "We could not find that recording.";

/** The interview's id and the turn's 0-based index (digits only: "01" or "1e1" is not a turn). */
function recordingParams(raw: Record<string, string | string[]>): { sessionId: string; turn: number } {
  const { sessionId } = sessionParams(raw);
  const turn = raw.turn;
  if (typeof turn !== "string" || !/^(0|[1-9]\d{0,2})$/.test(turn)) throw new AppError("not_found:speech", NOT_FOUND);
  return { sessionId, turn: Number(turn) };
}

// Any signed-in user reaches the lookup, so an instructor gets the same 404 as another student.
const session = () => requireUser();

export const GET = apiRoute({ surface: "speech", params: recordingParams, session }, async ({ user, params }) => {
  const recording = await recordingOf(user.id, params.sessionId, params.turn);
  if (!recording) throw new AppError("not_found:speech", NOT_FOUND);
  return new Response(new Uint8Array(recording.bytes), {
    headers: { "content-type": recording.mimeType, "content-length": String(recording.bytes.byteLength), "cache-control": "private, no-store" },
  });
});

export const DELETE = apiRoute({ surface: "speech", params: recordingParams, session }, async ({ request, user, params }) => {
  if (!(await deleteRecording(user.id, params.sessionId, params.turn))) throw new AppError("not_found:speech", NOT_FOUND);
  await recordAudit({
    actorId: user.id,
    action: "recording.delete",
    targetType: "interview",
    targetId: params.sessionId,
    metadata: { turn: params.turn },
    ip: clientIp(request.headers),
  });
  return Response.json({ deleted: 1 });
});
