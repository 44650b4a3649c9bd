import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/lib/net/peer-header";
import { installSocketStamp } from "@/lib/net/socket-stamp";
import { baselineHeaders } from "@/lib/security-headers.mjs";

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: Parameters<typeof createServer>[1]): Promise<number> {
  installSocketStamp(baselineHeaders(true));
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function get(port: number, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("socket stamp", () => {
  it("replaces a client-sent peer header with the socket's real address", async () => {
    const port = await serve((req, res) => res.end(String(req.headers[PEER_HEADER])));
    expect((await get(port, { [PEER_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" })).body).toBe("127.0.0.1");
  });

  it("gives responses written before any app code the baseline headers, without overriding the app's own", async () => {
    const port = await serve((req, res) => {
      if (req.url === "/" && req.headers["x-case"] === "own") res.setHeader("content-security-policy", "default-src 'none'");
      res.statusCode = 404;
      res.end("not found");
    });
    const bare = await get(port, {});
    expect(bare.status).toBe(404);
    expect(bare.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(bare.headers["x-content-type-options"]).toBe("nosniff");
    expect(bare.headers["x-frame-options"]).toBe("DENY");
    expect((await get(port, { "x-case": "own" })).headers["content-security-policy"]).toBe("default-src 'none'");
  });
});
