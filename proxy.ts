// Redirects only: signed-out visitors of private pages go to /login, signed-in users
// who open the other role's area go to their own home. Authorization itself happens in
// lib/auth/guards.ts on every page, action and route handler.
import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { homePathFor } from "@/lib/domain";

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
  return NextResponse.next();
});

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  return redirects(request, event as never);
}

export const config = {
  matcher: ["/student/:path*", "/instructor/:path*", "/interview/:path*", "/report/:path*", "/login", "/signup"],
};
