// Where to go after login: only a path on this site. Browsers strip tabs and newlines from URLs
// and read "\" as "/", so "/\t/evil.example" becomes "//evil.example" — another host — and
// other whitespace makes an invalid Location header (a 500). Such input is refused outright
// rather than cleaned, and what is left is resolved against a fixed origin and must stay on it.
const BASE = "http://app.invalid";
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\\]|\s/;
const MAX_NEXT_CHARS = 2048;

export function safeNextPath(next: string | null | undefined): string | null {
  if (!next || next.length > MAX_NEXT_CHARS || !next.startsWith("/") || next.startsWith("//") || FORBIDDEN.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
