// HTTP as an attacker sends it: any source address on loopback (127.0.0.2, 127.0.0.3… stand in
// for different machines), any headers, chunked bodies that never end — which fetch cannot do.
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string; ms: number };

export type RawRequest = {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The source address to connect from (any 127.x.y.z works on Linux loopback). */
  localAddress?: string;
};

export function rawRequest(url: string, options: RawRequest = {}): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? "GET", headers: options.headers, localAddress: options.localAddress }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body, ms: performance.now() - started }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

/**
 * POSTs a chunked body that never ends (64 kB every 5 ms) and resolves with the response status
 * as soon as the server answers — or rejects after `timeoutMs` if it waits for the body instead.
 */
export function endlessUpload(url: string, headers: Record<string, string>, timeoutMs = 10_000): Promise<{ status: number; ms: number; sentBytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    const chunk = Buffer.alloc(64 * 1024, "x");
    const req = httpRequest(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } });
    const pump = setInterval(() => {
      // Only when the socket has room: a server that stops reading stops the upload too.
      if (req.destroyed || req.writableNeedDrain) return;
      req.write(chunk);
      sentBytes += chunk.length;
    }, 5);
    const finish = (result: { status: number } | Error) => {
      clearInterval(pump);
      clearTimeout(timer);
      req.destroy();
      if (result instanceof Error) reject(result);
      else resolve({ status: result.status, ms: performance.now() - started, sentBytes });
    };
    const timer = setTimeout(() => finish(new Error(`no response after ${timeoutMs} ms and ${sentBytes} bytes: the server is reading the whole body`)), timeoutMs);
    req.on("response", (res) => finish({ status: res.statusCode! }));
    req.on("error", (error) => finish(error));
  });
}

const cookiesOf = (headers: IncomingHttpHeaders) => (headers["set-cookie"] ?? []).map((c) => c.split(";")[0]!).join("; ");

/** An Auth.js credentials login over raw HTTP: "ok", "invalid" or "rate_limited", plus the session cookie. */
export async function credentialsLogin(
  baseUrl: string,
  email: string,
  password: string,
  from: { localAddress?: string; forwardedFor?: string } = {},
): Promise<{ outcome: "ok" | "invalid" | "rate_limited"; cookie: string }> {
  const extra: Record<string, string> = from.forwardedFor ? { "x-forwarded-for": from.forwardedFor } : {};
  const csrf = await rawRequest(`${baseUrl}/api/auth/csrf`, { headers: extra, localAddress: from.localAddress });
  const token = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  const form = new URLSearchParams({ csrfToken: token, email, password, callbackUrl: "/" }).toString();
  const res = await rawRequest(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...extra, cookie: cookiesOf(csrf.headers), "content-type": "application/x-www-form-urlencoded" },
    body: form,
    localAddress: from.localAddress,
  });
  const location = String(res.headers.location ?? "");
  const cookie = cookiesOf(res.headers);
  if (/authjs\.session-token=[^;]+/.test(cookie)) return { outcome: "ok", cookie };
  if (location.includes("rate_limited")) return { outcome: "rate_limited", cookie };
  if (location.includes("error=")) return { outcome: "invalid", cookie };
  throw new Error(`unexpected login answer ${res.status} ${location} ${res.body.slice(0, 200)}`);
}
