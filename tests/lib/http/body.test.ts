import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_JSON_BODY_BYTES, readBodyCapped, readJson } from "@/lib/http/body";

/** A streamed (chunked) body of `chunks` × 16 kB that records how much was pulled from it. */
function endlessBody(chunks = Number.POSITIVE_INFINITY) {
  const pulled = { bytes: 0, cancelled: false };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      pulled.bytes += 16 * 1024;
      controller.enqueue(new Uint8Array(16 * 1024).fill(120));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  const request = new Request("http://localhost/api", { method: "POST", body: stream, duplex: "half" } as RequestInit);
  return { request, pulled };
}

describe("readBodyCapped", () => {
  it("stops reading an endless chunked body just past the limit and cancels it", async () => {
    const { request, pulled } = endlessBody();
    await expect(readBodyCapped(request, MAX_JSON_BODY_BYTES, "turn")).rejects.toMatchObject({ status: 413, code: "payload_too_large:turn" });
    expect(pulled.bytes).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES + 2 * 16 * 1024);
    expect(pulled.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const request = new Request("http://localhost/api", { method: "POST", body: "x", headers: { "content-length": String(10 * 1024 * 1024) } });
    await expect(readBodyCapped(request, 1024, "api")).rejects.toMatchObject({ status: 413 });
  });

  it("returns a body within the limit whole", async () => {
    const { request } = endlessBody(3);
    expect((await readBodyCapped(request, MAX_JSON_BODY_BYTES, "api")).byteLength).toBe(48 * 1024);
  });
});

describe("readJson", () => {
  const schema = z.object({ a: z.number() });
  it("parses and checks JSON; an empty body is {} only where the route takes no body", async () => {
    expect(await readJson(new Request("http://x/", { method: "POST", body: '{"a":1}' }), schema, "api")).toEqual({ a: 1 });
    expect(await readJson(new Request("http://x/", { method: "POST" }), z.object({}), "api", { emptyIsObject: true })).toEqual({});
    await expect(readJson(new Request("http://x/", { method: "POST" }), schema, "api")).rejects.toMatchObject({ status: 400, message: "The request body must be valid JSON." });
    await expect(readJson(new Request("http://x/", { method: "POST", body: "{nope" }), schema, "api")).rejects.toMatchObject({ status: 400 });
    await expect(readJson(new Request("http://x/", { method: "POST", body: '{"a":"1"}' }), schema, "api")).rejects.toMatchObject({ status: 400 });
  });
});
