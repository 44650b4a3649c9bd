import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./config";
import { clientIp } from "./client-ip";
import { checkCredentials } from "./credentials";

export class InvalidLoginError extends CredentialsSignin {
  code = "invalid_credentials";
}

export class RateLimitedLoginError extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({ email: z.string().trim().email().max(254), password: z.string().min(1).max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig(),
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidLoginError();
        const result = await checkCredentials(parsed.data.email, parsed.data.password, clientIp(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimitedLoginError();
        throw new InvalidLoginError();
      },
    }),
  ],
}));
