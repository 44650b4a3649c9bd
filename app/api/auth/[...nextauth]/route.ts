// Auth.js's own endpoints (CSRF token, session, credentials callback, sign-out). Its POSTs take
// forms from signed-out visitors, so apiRoute's session-then-JSON sequence does not fit; they
// still get the same Origin check and a small byte cap before Auth.js reads the body.
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { assertSameOrigin, handle, readBodyCapped } from "@/lib/http";

// A credentials form is an email, a password and a CSRF token: a few hundred bytes.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

export const GET = handlers.GET;

export function POST(request: NextRequest): Promise<Response> {
  return handle("auth", async () => {
    assertSameOrigin(request, "auth");
    const body = await readBodyCapped(request, MAX_AUTH_BODY_BYTES, "auth");
    return handlers.POST(new NextRequest(request.url, { method: "POST", headers: request.headers, body }));
  });
}
