// Response headers for every route (next.config.mjs). Plain .mjs so the config can import it
// and tests can check the policy without building.

/**
 * Content-Security-Policy. Pages get a fresh nonce per request from proxy.ts (every page is
 * rendered per request anyway), so only Next's own scripts, which it stamps with the nonce,
 * run: no 'unsafe-inline', and never eval in production. Responses without a nonce (API
 * routes, files) get the strict policy with no script allowance beyond 'self'.
 * Development adds what React Refresh needs ('unsafe-eval', the HMR websocket).
 */
export function contentSecurityPolicy(production, nonce) {
  const directives = {
    "default-src": ["'self'"],
    // 'wasm-unsafe-eval' lets WebAssembly compile (the code runner's QuickJS and Pyodide), not
    // JavaScript's eval. Worker scripts get the no-nonce policy from their own response, so they need it too.
    "script-src": ["'self'", ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : []), "'wasm-unsafe-eval'", ...(production ? [] : ["'unsafe-eval'"])],
    // The code runner's Web Worker, from this app only ('strict-dynamic' above would ignore 'self').
    "worker-src": ["'self'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(production ? [] : ["ws:", "wss:"])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** Headers for every response; pages' CSP comes from proxy.ts (with their nonce). */
export function securityHeaders(production) {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // Report and session URLs carry ids: other sites get the origin only.
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(self), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Ignored by browsers over plain http, so harmless for a local `npm start`.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}

/**
 * Every response's fallback headers as one object, for the socket layer
 * (lib/net/socket-stamp.ts): responses Next writes before next.config's headers or proxy.ts
 * apply (404s for unknown files, errors for URLs it cannot decode) get these too.
 */
export function baselineHeaders(production) {
  const headers = Object.fromEntries(securityHeaders(production).map(({ key, value }) => [key.toLowerCase(), value]));
  headers["content-security-policy"] = contentSecurityPolicy(production);
  return headers;
}
