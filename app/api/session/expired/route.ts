// GET /api/session/expired — where pages send a browser whose session cookie no longer opens
// an account (logged out elsewhere, password or role changed, account deleted): the cookie is
// cleared here, because pages cannot set cookies, then the browser goes to /login. A valid
// session is left alone, so a link to this URL cannot log anyone out.
import { clearSessionCookies, sessionState } from "@/lib/auth/guards";
import { homePathFor } from "@/lib/domain";
import { apiRoute } from "@/lib/http";

// A relative Location: the redirect cannot be pointed elsewhere by a forged Host header.
const seeOther = (path: string) => new Response(null, { status: 303, headers: { location: path, "cache-control": "no-store" } });

export const GET = apiRoute({ surface: "session", session: () => sessionState() }, async ({ user: state }) => {
  if (state.user) return seeOther(homePathFor(state.user.role));
  await clearSessionCookies();
  return seeOther("/login");
});
