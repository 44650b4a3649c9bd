import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";
import { forwardedEntry } from "@/lib/net/forwarded";
import { PEER_HEADER } from "@/lib/net/peer-header";

const from = (peer: string, forwardedFor?: string) => new Headers({ [PEER_HEADER]: peer, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) });

describe("clientIp", () => {
  it("without a trusted proxy, is the socket's address whatever X-Forwarded-For says", () => {
    expect(clientIp(from("203.0.113.7", "1.2.3.4"), 0)).toBe("203.0.113.7");
    expect(clientIp(from("203.0.113.7", "9.9.9.9, 8.8.8.8"), 0)).toBe("203.0.113.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4", "x-real-ip": "5.6.7.8" }), 0)).toBe("unknown");
  });

  it("behind N trusted proxies, is the N-th X-Forwarded-For entry from the right (what the outermost proxy saw)", () => {
    // The client typed "6.6.6.6"; nginx appended the address it saw.
    expect(clientIp(from("127.0.0.1", "6.6.6.6, 198.51.100.9"), 1)).toBe("198.51.100.9");
    // CDN → nginx → app: the CDN appended the client, nginx appended the CDN.
    expect(clientIp(from("127.0.0.1", "6.6.6.6, 198.51.100.9, 192.0.2.1"), 2)).toBe("198.51.100.9");
    // Vercel overwrites the header with the client's address alone.
    expect(clientIp(from("10.0.0.1", "198.51.100.9"), 1)).toBe("198.51.100.9");
    // No header (the proxy was bypassed): the socket.
    expect(clientIp(from("10.0.0.1"), 1)).toBe("10.0.0.1");
  });

  it("reads forwarded lists shorter than the hop count from their left end", () => {
    expect(forwardedEntry("198.51.100.9", 3)).toBe("198.51.100.9");
    expect(forwardedEntry(" , ", 1)).toBeNull();
    expect(forwardedEntry(null, 1)).toBeNull();
  });
});
