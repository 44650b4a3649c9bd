import { describe, expect, it } from "vitest";
import { assertJsonContentType, isSameOrigin, requestHost } from "@/lib/http/request-checks";

const req = (headers: Record<string, string>) => new Request("http://127.0.0.1:3100/api/interviews", { method: "POST", headers });

describe("isSameOrigin", () => {
  it("accepts the app's own pages and programs that send no browser headers", () => {
    expect(isSameOrigin(new Headers({ host: "app.example:3100", origin: "http://app.example:3100" }), 0)).toBe(true);
    expect(isSameOrigin(new Headers({ host: "app.example", "sec-fetch-site": "same-origin" }), 0)).toBe(true);
    expect(isSameOrigin(new Headers({ host: "app.example" }), 0)).toBe(true); // curl, a test client
  });

  it("refuses another site, another port of the same host, and opaque origins", () => {
    expect(isSameOrigin(new Headers({ host: "app.example:3100", origin: "http://evil.example" }), 0)).toBe(false);
    expect(isSameOrigin(new Headers({ host: "127.0.0.1:3100", origin: "http://127.0.0.1:3101" }), 0)).toBe(false);
    expect(isSameOrigin(new Headers({ host: "app.example", origin: "null" }), 0)).toBe(false);
    expect(isSameOrigin(new Headers({ host: "app.example", "sec-fetch-site": "cross-site" }), 0)).toBe(false);
    expect(isSameOrigin(new Headers({ host: "app.example", "sec-fetch-site": "same-site" }), 0)).toBe(false);
  });

  it("compares with the proxy's X-Forwarded-Host only behind a trusted proxy", () => {
    const behindProxy = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "app.example", origin: "https://app.example" });
    expect(isSameOrigin(behindProxy, 1)).toBe(true);
    expect(isSameOrigin(behindProxy, 0)).toBe(false);
    expect(requestHost(new Headers({ host: "app.example", "x-forwarded-host": "evil.example" }), 0)).toBe("app.example");
  });
});

describe("assertJsonContentType", () => {
  it("accepts JSON (any parameters) and a request with no body at all", () => {
    expect(() => assertJsonContentType(req({ "content-type": "application/json; charset=utf-8" }), "api")).not.toThrow();
    expect(() => assertJsonContentType(req({}), "api")).not.toThrow();
  });

  it("refuses form and text bodies with 415", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect(() => assertJsonContentType(req({ "content-type": type }), "api")).toThrow(expect.objectContaining({ status: 415 }));
    }
    expect(() => assertJsonContentType(req({ "content-length": "5" }), "api")).toThrow(expect.objectContaining({ status: 415 }));
  });
});
