import { describe, expect, it } from "vitest";
import { MAX_RESOURCE_NOTE, MAX_RESOURCE_TITLE, MAX_RESOURCE_URL, resourceFields, resourceMessages, safeResourceUrl } from "@/lib/resources/validation";

const issue = (v: Record<string, string>) => resourceFields.safeParse(v).error?.issues[0]?.message;

describe("resource validation", () => {
  it("takes a title with an http(s) link, a note, or both", () => {
    expect(resourceFields.parse({ title: " Big-O cheat sheet ", url: "https://example.com/big-o", note: "" })).toEqual({
      title: "Big-O cheat sheet",
      url: "https://example.com/big-o",
      note: "",
    });
    expect(resourceFields.parse({ title: "Notes", url: "", note: "Re-read chapter 3." })).toEqual({ title: "Notes", url: null, note: "Re-read chapter 3." });
    expect(resourceFields.parse({ title: "Plain", url: "http://example.com" }).url).toBe("http://example.com/");
  });

  it("refuses links that are not http(s), relative, or carry credentials", () => {
    for (const url of [
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox",
      "ftp://example.com/x",
      "/relative/path",
      "example.com",
      "file:///etc/passwd",
    ])
      expect(issue({ title: "x", url }), url).toBe(resourceMessages.url);
    expect(issue({ title: "x", url: "https://user:pass@example.com/" })).toBe(resourceMessages.urlCredentials);
  });

  it("refuses an empty title, nothing to show, and anything over its limit", () => {
    expect(issue({ title: "  ", url: "https://example.com" })).toBe(resourceMessages.title);
    expect(issue({ title: "Only a title" })).toBe(resourceMessages.empty);
    expect(issue({ title: "x".repeat(MAX_RESOURCE_TITLE + 1), note: "n" })).toBe(resourceMessages.titleTooLong);
    expect(issue({ title: "x", note: "n".repeat(MAX_RESOURCE_NOTE + 1) })).toBe(resourceMessages.noteTooLong);
    expect(issue({ title: "x", url: `https://example.com/${"a".repeat(MAX_RESOURCE_URL)}` })).toBe(resourceMessages.urlTooLong);
  });

  it("renders only http(s) links", () => {
    expect(safeResourceUrl("https://example.com/a?b=c")).toBe("https://example.com/a?b=c");
    expect(safeResourceUrl("javascript:alert(1)")).toBeNull();
    expect(safeResourceUrl("not a url")).toBeNull();
    expect(safeResourceUrl(null)).toBeNull();
  });
});
