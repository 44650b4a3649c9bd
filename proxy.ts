// Redirects only: signed-out visitors of private pages go to /login, signed-in users
// who open the other role's area go to their own home. Authorization itself happens in
// lib/auth/guards.ts on every page, action and route handler.
// Also gives every page its Content-Security-Policy with a fresh nonce: Next reads the nonce
// from the request's CSP header and stamps its own scripts with it.
import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { homePathFor } from "@/lib/domain";
import { contentSecurityPolicy } from "@/lib/security-headers.mjs";

// Eager config: with Auth.js's lazy form, auth(handler) returns a Promise, not a handler.
const { auth } = NextAuth(authConfig());

const areaOf = (path: string): "STUDENT" | "INSTRUCTOR" | null => {
  if (path === "/instructor" || path.startsWith("/instructor/")) return "INSTRUCTOR";
  if (["/student", "/interview", "/report"].some((p) => path === p || path.startsWith(`${p}/`))) return "STUDENT";
  return null;
};

const redirects = auth((req) => {
  const path = req.nextUrl.pathname;
  const role = req.auth?.user?.role;
  const area = areaOf(path);
  if (area && !role) {
    const url = new URL("/login", req.nextUrl);
    url.searchParams.set("next", path + req.nextUrl.search);
    return NextResponse.redirect(url);
  }
  // Reports are also opened by the batch's instructor; the page decides.
  if (area && role && area !== role && !path.startsWith("/report/")) {
    return NextResponse.redirect(new URL(homePathFor(role), req.nextUrl));
  }
  if (role && (path === "/login" || path === "/signup")) {
    return NextResponse.redirect(new URL(homePathFor(role), req.nextUrl));
  }
  return withNonce(req);
});

function withNonce(req: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(process.env.NODE_ENV === "production", nonce);
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  return redirects(request, event as never);
}

export const config = {
  // Every page (for its CSP nonce); not API routes or build files, which get a fixed CSP, nor
  // Pyodide's public runtime files (no session cookie on them, so shared caches can keep them).
  matcher: ["/((?!api/|_next/static/|_next/image|favicon.ico|pyodide/).*)"],
};
