// POST /api/documents/resume — the student's resume file as the raw body
// (Content-Type: application/octet-stream, the file name URL-encoded in X-File-Name). Its text is
// read on the server and saved as a draft for the student to check; the answer is { chars, truncated }.
//
// Raw bytes rather than multipart/form-data: multipart is a type any cross-site <form> can post
// without a CORS preflight, while octet-stream needs one (never granted) — a second wall behind
// the Origin check — and the body is read by the same capped stream reader as every other route,
// where request.formData() would buffer the whole upload, with no cap, before we could count it.
import { clientIp } from "@/lib/auth/client-ip";
import { requireStudent } from "@/lib/auth/guards";
import { assertCanEncrypt } from "@/lib/crypto/data-encryption";
import { recordAudit } from "@/lib/db/queries/audit";
import { saveResumeDraft } from "@/lib/db/queries/documents";
import { extractResumeText } from "@/lib/documents/extract-text";
import { documentFormMessages, documentMessages, MAX_RESUME_BYTES } from "@/lib/documents/limits";
import { uploadFileName } from "@/lib/documents/validation";
import { apiRoute } from "@/lib/http";
import { RESUME_UPLOAD_PER_STUDENT, takeAttempt } from "@/lib/rate-limits";

export const POST = apiRoute(
  {
    surface: "document",
    session: async () => {
      const user = await requireStudent();
      // Counted before the body is read or the file parsed; an upload keeps its slot either way.
      await takeAttempt([RESUME_UPLOAD_PER_STUDENT, user.id]);
      assertCanEncrypt(); // no key: refused before the file is read, not after it is parsed
      return user;
    },
    upload: {
      contentTypes: ["application/octet-stream"],
      maxBytes: MAX_RESUME_BYTES,
      wrongTypeMessage: documentFormMessages.wrongUploadType,
      tooLargeMessage: documentMessages.tooLarge,
    },
  },
  async ({ request, user, body }) => {
    const fileName = uploadFileName(request.headers.get("x-file-name"));
    const extracted = await extractResumeText(body, fileName);
    const saved = await saveResumeDraft(user.id, { text: extracted.text, fileName: fileName ?? null });
    // Never the text, nor the file name (it often holds the student's name): what kind, how long.
    await recordAudit({
      actorId: user.id,
      action: "document.upload",
      targetType: "document",
      targetId: saved.id,
      metadata: { kind: "RESUME", chars: saved.chars, fileType: extracted.kind },
      ip: clientIp(request.headers),
    });
    return Response.json({ chars: saved.chars, truncated: extracted.truncated });
  },
);
