// POST /api/documents/resume, called as Next calls it: students only (the body is not read before
// the session check), same origin, octet-stream only, a streamed 2 MB cap, the extractor's 4xx
// messages, and a good PDF or DOCX saved as a draft (audited without its text). Rate-limited.
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { readResumeDraft } from "@/lib/db/queries/documents";
import { documentMessages } from "@/lib/documents/limits";
import { resetEnvCache } from "@/lib/env";
import { RESUME_UPLOAD_PER_STUDENT } from "@/lib/rate-limits";
import { docx, imageOnlyPdf, textPdf } from "../../support/document-fixtures";
import { makeUser, sessionFor } from "../../support/factories";

const session = vi.hoisted(() => ({ current: null as null | ReturnType<typeof sessionFor> }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined }) }));

const { POST } = await import("@/app/api/documents/resume/route");

const savedKey = process.env.DATA_ENCRYPTION_KEY;
beforeEach(() => {
  process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  resetEnvCache();
  session.current = null;
});
afterEach(() => {
  if (savedKey === undefined) delete process.env.DATA_ENCRYPTION_KEY;
  else process.env.DATA_ENCRYPTION_KEY = savedKey;
  resetEnvCache();
});

const URL_ = "http://localhost:3000/api/documents/resume";
const noParams = { params: Promise.resolve({}) };

/** A body that records whether anyone read it, sent in chunks (no Content-Length, like a streamed upload). */
function trackedBody(bytes: Uint8Array, chunk = 256 * 1024) {
  const seen = { pulled: 0 };
  let at = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        const part = bytes.subarray(at, at + chunk);
        at += part.length;
        seen.pulled += part.length;
        controller.enqueue(part);
      },
    },
    { highWaterMark: 0 }, // nothing is pulled until someone reads
  );
  return { stream, seen };
}

function upload(bytes: Uint8Array | ReadableStream<Uint8Array>, options: { name?: string; type?: string; origin?: string } = {}) {
  const headers = new Headers({ host: "localhost:3000", "content-type": options.type ?? "application/octet-stream" });
  if (options.name) headers.set("x-file-name", encodeURIComponent(options.name));
  if (options.origin) headers.set("origin", options.origin);
  const body = bytes instanceof ReadableStream ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]);
  return POST(new Request(URL_, { method: "POST", headers, body, duplex: "half" } as RequestInit), noParams);
}

async function signIn(role: "STUDENT" | "INSTRUCTOR" = "STUDENT") {
  const user = await makeUser(role);
  session.current = sessionFor(user);
  return user;
}

const RESUME_LINES = ["Robin Example", "Backend engineer at Acme, 2021-2024", "Kafka, Go and PostgreSQL in production"];

describe("POST /api/documents/resume", () => {
  it("refuses a signed-out caller with 401 without reading the body, and an instructor with 403", async () => {
    const { stream, seen } = trackedBody(new Uint8Array(1024 * 1024));
    const response = await upload(stream, { name: "cv.pdf" });
    expect(response.status).toBe(401);
    expect(seen.pulled).toBe(0);

    const instructor = await signIn("INSTRUCTOR");
    const tracked = trackedBody(new TextEncoder().encode("Some resume text that is long enough."));
    const refused = await upload(tracked.stream, { name: "cv.txt" });
    expect(refused.status).toBe(403);
    expect(tracked.seen.pulled).toBe(0);
    expect(await readResumeDraft(instructor.id)).toBeNull();
  });

  it("refuses another origin (403) and any content type but octet-stream (415)", async () => {
    const student = await signIn();
    const pdf = await textPdf(RESUME_LINES);
    expect((await upload(pdf, { name: "cv.pdf", origin: "http://evil.example" })).status).toBe(403);
    for (const type of ["application/json", "multipart/form-data; boundary=x", "text/plain", "application/pdf"]) {
      const response = await upload(pdf, { name: "cv.pdf", type });
      expect(response.status, type).toBe(415);
      expect((await response.json()).code).toBe("unsupported_media_type:document");
    }
    expect(await readResumeDraft(student.id)).toBeNull();
  });

  it("stops reading a 3 MB body at the 2 MB cap (413 with the limit's message)", async () => {
    const student = await signIn();
    const { stream, seen } = trackedBody(new Uint8Array(3 * 1024 * 1024).fill(65));
    const response = await upload(stream, { name: "big.pdf" });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: "payload_too_large:document", message: documentMessages.tooLarge });
    expect(seen.pulled).toBeLessThan(2.5 * 1024 * 1024);
    expect(await readResumeDraft(student.id)).toBeNull();
  });

  it("answers a fake PDF with 415 and a scanned PDF with 400, each with its message", async () => {
    const student = await signIn();
    const fake = await upload(new TextEncoder().encode("This is plain text pretending to be a PDF file."), { name: "resume.pdf" });
    expect(fake.status).toBe(415);
    expect((await fake.json()).message).toBe(documentMessages.notWhatItSays("PDF"));
    const scanned = await upload(await imageOnlyPdf(), { name: "scan.pdf" });
    expect(scanned.status).toBe(400);
    expect((await scanned.json()).message).toBe(documentMessages.noTextLayer);
    expect(await readResumeDraft(student.id)).toBeNull();
  });

  it("reads a text PDF and a DOCX into a draft, audited with kind, length and file type only", async () => {
    const student = await signIn();
    const pdf = await upload(await textPdf(RESUME_LINES), { name: "Robin Example CV.pdf" });
    expect(pdf.status).toBe(200);
    const { chars, truncated } = await pdf.json();
    expect(truncated).toBe(false);
    const draft = await readResumeDraft(student.id);
    expect(draft).toMatchObject({ fileName: "Robin Example CV.pdf", confirmedAt: null });
    expect(draft!.text).toContain("Kafka, Go and PostgreSQL");
    expect(chars).toBe(draft!.text.length);

    const word = await upload(await docx(["Robin Example", "Led the migration to Kubernetes at Beta Corp"]), { name: "cv.docx" });
    expect(word.status).toBe(200);
    expect((await readResumeDraft(student.id))!.text).toBe("Robin Example\n\nLed the migration to Kubernetes at Beta Corp");

    const db = await getDb();
    const audits = await db.auditLog.findMany({ where: { actorId: student.id, action: "document.upload" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.metadata)).toEqual([
      { kind: "RESUME", chars, fileType: "pdf" },
      { kind: "RESUME", chars: expect.any(Number), fileType: "docx" },
    ]);
    expect(JSON.stringify(audits)).not.toMatch(/Kafka|Kubernetes|Robin/);
  });

  it("says so when the server has no encryption key (503), storing nothing", async () => {
    const student = await signIn();
    delete process.env.DATA_ENCRYPTION_KEY;
    resetEnvCache();
    const { stream, seen } = trackedBody(new TextEncoder().encode("Robin Example, backend engineer."));
    const response = await upload(stream, { name: "cv.txt" });
    expect(response.status).toBe(503);
    expect((await response.json()).message).toMatch(/DATA_ENCRYPTION_KEY/);
    expect(seen.pulled, "refused before the file is read").toBe(0);
    expect(await readResumeDraft(student.id)).toBeNull();
  });

  it("limits uploads per student per hour, counting each attempt before reading it", async () => {
    await signIn();
    const text = new TextEncoder().encode("Robin Example, backend engineer.");
    for (let i = 0; i < RESUME_UPLOAD_PER_STUDENT.max; i++) expect((await upload(text, { name: "cv.txt" })).status).toBe(200);
    const { stream, seen } = trackedBody(text);
    const over = await upload(stream, { name: "cv.txt" });
    expect(over.status).toBe(429);
    expect((await over.json()).message).toBe(RESUME_UPLOAD_PER_STUDENT.message);
    expect(seen.pulled).toBe(0);
  });
});
