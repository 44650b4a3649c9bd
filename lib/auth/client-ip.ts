// The address rate limits and the audit log key on. Forwarding headers are client-typed text
// unless a proxy we trust rewrote them, so they count only with TRUST_PROXY set; otherwise the
// socket's own address (stamped by lib/net/socket-stamp.ts) is the client.
import { env } from "@/lib/env";
import { forwardedEntry } from "@/lib/net/forwarded";
import { PEER_HEADER } from "@/lib/net/peer-header";

export function clientIp(headers: Headers, trustedHops = env().TRUST_PROXY): string {
  const peer = headers.get(PEER_HEADER)?.trim() || null;
  if (trustedHops > 0) return forwardedEntry(headers.get("x-forwarded-for"), trustedHops) ?? peer ?? "unknown";
  return peer ?? "unknown";
}
