// Reading X-Forwarded-* headers written by a chain of trusted proxies (TRUST_PROXY hops).

/**
 * With `hops` trusted proxies each appending what it saw (X-Forwarded-For, or X-Forwarded-Host
 * where a proxy appends rather than sets it), the client's value is the `hops`-th
 * entry from the right; anything left of it was typed by the client. When the
 * header is shorter than that (a request that skipped a proxy), the left-most entry is the
 * furthest address any trusted hop vouched for.
 */
export function forwardedEntry(forwarded: string | null, hops: number): string | null {
  const entries = (forwarded ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - hops)]!;
}
