// The policy lets the coding answer's runner work (a Web Worker from this app, WebAssembly
// compiled in it) without opening JavaScript's eval or scripts from elsewhere.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/security-headers.mjs";

const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((d) => d.startsWith(`${name} `))
    ?.split(" ")
    .slice(1);

describe("content security policy for the code runner", () => {
  for (const nonce of [undefined, "abc123"]) {
    it(`allows workers from this app and WebAssembly, not eval (${nonce ? "pages" : "files and workers"})`, () => {
      const policy = contentSecurityPolicy(true, nonce);
      expect(directive(policy, "worker-src")).toEqual(["'self'"]);
      expect(directive(policy, "script-src")).toContain("'wasm-unsafe-eval'");
      expect(directive(policy, "script-src")).not.toContain("'unsafe-eval'");
      expect(directive(policy, "connect-src")).toEqual(["'self'"]);
    });
  }
});
