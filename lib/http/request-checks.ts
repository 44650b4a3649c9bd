import "server-only";
// Header checks for state-changing route handlers, before anything else runs. A page on
// another origin (another site, or another port of this host) can make a signed-in browser
// send a POST — an auto-submitting form needs no script — but it cannot set a same-origin
// Origin, nor send application/json without a CORS preflight that we never grant.
// Browsers send Origin (and Sec-Fetch-Site) on every cross-origin POST; a request with
// neither comes from a program (curl, a test client), which holds no victim's cookies — the
// same rule as Go's http.CrossOriginProtection — so it passes the origin check.
import { forwardedEntry } from "@/lib/net/forwarded";
import { env } from "@/lib/env";
import { AppError, type Surface } from "../errors";

/** The host the browser addressed: Host, or the trusted proxy's X-Forwarded-Host behind TRUST_PROXY. */
export function requestHost(headers: Headers, trustedHops = env().TRUST_PROXY): string | null {
  const forwarded = trustedHops > 0 ? forwardedEntry(headers.get("x-forwarded-host"), trustedHops) : null;
  return (forwarded ?? headers.get("host"))?.toLowerCase() ?? null;
}

export function isSameOrigin(headers: Headers, trustedHops?: number): boolean {
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    return site === null || site === "same-origin" || site === "none";
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase(); // "null" (sandboxed frames, file:) throws
  } catch {
    return false;
  }
  return originHost !== "" && originHost === requestHost(headers, trustedHops);
}

export function assertSameOrigin(request: Request, surface: Surface): void {
  if (!isSameOrigin(request.headers)) {
    throw new AppError(`forbidden:${surface}`, "This request must come from the app's own pages: send an Origin header with the app's address.");
  }
}

const mediaType = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();

/** Bodies must be JSON; a request with no body at all may leave the type out. */
export function assertJsonContentType(request: Request, surface: Surface): void {
  const declared = request.headers.get("content-type");
  const type = mediaType(request);
  if (type === "application/json") return;
  const hasBody = Number(request.headers.get("content-length") ?? 0) > 0 || request.headers.has("transfer-encoding");
  if (declared === null && !hasBody) return;
  throw new AppError(`unsupported_media_type:${surface}`);
}

/**
 * A raw upload must declare one of `allowed` (e.g. application/octet-stream). None of them is a
 * type a cross-site form can send without a CORS preflight, which we never grant.
 */
export function assertUploadContentType(request: Request, surface: Surface, allowed: readonly string[], message: string): void {
  if (!allowed.includes(mediaType(request))) throw new AppError(`unsupported_media_type:${surface}`, message);
}
