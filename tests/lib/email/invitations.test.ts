import { describe, expect, it } from "vitest";
import { inviteListProblem, MAX_INVITES, parseInviteList } from "@/lib/email/invitations";

describe("the invitation list", () => {
  it("reads one address per line (commas and semicolons split too), lower-cased, repeats once, bad lines numbered", () => {
    const list = parseInviteList("Ana@Example.com\r\n\n bo@example.com ; <cy@example.com>\nnope\nana@example.com, x@y");
    expect(list.addresses).toEqual(["ana@example.com", "bo@example.com", "cy@example.com"]);
    expect(list.duplicates).toEqual([5]);
    expect(list.invalid).toEqual([
      { line: 4, text: "nope" },
      { line: 5, text: "x@y" },
    ]);
    expect(inviteListProblem(list)).toMatch(/line 4 \(“nope”\), line 5 \(“x@y”\).*nothing was sent/);
  });

  it(`refuses an empty list and more than ${MAX_INVITES} addresses`, () => {
    expect(inviteListProblem(parseInviteList(" \n "))).toMatch(/at least one/);
    const many = parseInviteList(Array.from({ length: MAX_INVITES + 1 }, (_, i) => `p${i}@example.com`).join("\n"));
    expect(inviteListProblem(many)).toMatch(new RegExp(`at most ${MAX_INVITES}`));
    expect(inviteListProblem(parseInviteList("ok@example.com"))).toBeNull();
  });

  it("stays linear on a long hostile line", () => {
    const started = performance.now();
    parseInviteList(`${"a".repeat(200_000)}@${"b".repeat(200_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
