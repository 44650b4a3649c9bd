// DELETE /api/interviews/:id/recordings — deletes every kept recording of the student's interview
// (audited with how many). Only the interview's student: anyone else gets the interview's 404.
import { clientIp } from "@/lib/auth/client-ip";
import { requireUser } from "@/lib/auth/guards";
import { recordAudit } from "@/lib/db/queries/audit";
import { deleteSessionRecordings } from "@/lib/db/queries/recordings";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http";
import { sessionParams } from "@/lib/interview/input";

export const DELETE = apiRoute({ surface: "speech", params: sessionParams, session: () => requireUser() }, async ({ request, user, params }) => {
  const deleted = await deleteSessionRecordings(user.id, params.sessionId);
  if (deleted === null) throw new AppError("not_found:interview", "We could not find that interview.");
  if (deleted > 0) {
    await recordAudit({
      actorId: user.id,
      action: "recording.delete",
      targetType: "interview",
      targetId: params.sessionId,
      metadata: { all: true, count: deleted },
      ip: clientIp(request.headers),
    });
  }
  return Response.json({ deleted });
});
