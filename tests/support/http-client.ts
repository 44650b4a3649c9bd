// A cookie-keeping HTTP client for tests and benchmarks that drive a running server the way a
// browser does, without a browser: Auth.js credential login, JSON calls, manual redirects.
export type JsonResponse<T = unknown> = { status: number; body: T; headers: Headers };

export class HttpClient {
  private readonly cookies = new Map<string, string>();

  constructor(public baseUrl: string) {}

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    this.remember(response);
    return response;
  }

  async json<T = unknown>(method: "GET" | "POST", path: string, body?: unknown): Promise<JsonResponse<T>> {
    const response = await this.request(path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /** Auth.js credentials sign-in (CSRF token, then the callback); throws when no session cookie comes back. */
  async login(email: string, password: string): Promise<void> {
    const csrf = await this.json<{ csrfToken: string }>("GET", "/api/auth/csrf");
    const form = new URLSearchParams({ csrfToken: csrf.body.csrfToken, email, password, callbackUrl: "/" });
    await this.request("/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form });
    if (![...this.cookies.keys()].some((k) => k.endsWith("authjs.session-token"))) throw new Error(`login failed for ${email}`);
  }

  async text(path: string): Promise<string> {
    return (await this.request(path)).text();
  }
}

/** The topic ids on a student's dashboard, by topic name (each card's data-topic-id and its h3). */
export async function studentTopicIds(client: HttpClient): Promise<Map<string, string>> {
  const html = await client.text("/student");
  const ids = new Map<string, string>();
  for (const m of html.matchAll(/data-topic-id="([^"]+)"/g)) {
    const name = /<h3[^>]*>([^<]+)</.exec(html.slice(m.index, m.index + 2000))?.[1]?.trim();
    if (name && !ids.has(name)) ids.set(name.replace(/&amp;/g, "&"), m[1]!);
  }
  return ids;
}
