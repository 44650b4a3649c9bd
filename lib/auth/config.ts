// Auth.js settings shared by the app and proxy.ts. No database access here: the proxy
// only decodes the JWT to decide redirects.
import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/domain";
import { authSecret } from "@/lib/env";

declare module "next-auth" {
  interface User {
    role?: Role;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; sessionVersion: number };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** The account's sessionVersion when this cookie was issued; a bump revokes the cookie. */
    sv?: number;
  }
}

export function authConfig(): NextAuthConfig {
  return {
    secret: authSecret(),
    // Self-hosted behind any hostname: take the host from the request (Auth.js otherwise
    // refuses to run in production without AUTH_URL).
    trustHost: true,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/login", error: "/login" },
    providers: [],
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    logger: {
      error(error) {
        // `type`, not `name`: class names are minified in production builds.
        if ((error as { type?: string }).type === "CredentialsSignin") return;
        console.error("[auth]", error);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (token.uid && token.role) {
          session.user = {
            ...session.user,
            id: token.uid,
            role: token.role,
            // A cookie from before session versions existed matches no account: signed out.
            sessionVersion: token.sv ?? -1,
            name: session.user?.name ?? "",
            email: session.user?.email ?? "",
          };
        }
        return session;
      },
    },
  };
}
