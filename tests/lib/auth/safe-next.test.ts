import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next";

describe("safeNextPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeNextPath("/student")).toBe("/student");
    expect(safeNextPath("/report/abc?print=1#q3")).toBe("/report/abc?print=1#q3");
    expect(safeNextPath("/instructor/batches/x/../y")).toBe("/instructor/batches/y");
  });

  it("refuses anything a browser could read as another host, or that makes an invalid Location", () => {
    for (const next of [
      "/\t/evil.example/phish", // browsers drop the tab: //evil.example/phish
      "/\n/evil.example",
      "/\r/evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "//evil.example",
      "https://evil.example/",
      "evil.example",
      "javascript:alert(1)",
      "/\u3000/x", // ideographic space: an invalid Location header (was a 500)
      "/\u00a0x",
      "/ x",
      "/\u0000x",
      "/\u007fx",
      "/\u2028x",
      "",
      `/${"a".repeat(5000)}`,
    ]) {
      expect(safeNextPath(next), JSON.stringify(next)).toBeNull();
    }
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(null)).toBeNull();
  });
});
