import { describe, expect, it } from "vitest";
import { checkCredentials, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "@/lib/auth/credentials";
import { FACTORY_PASSWORD, makeUser } from "../../support/factories";

describe("checkCredentials", () => {
  it("accepts the right password whatever the email's case, and returns no hash", async () => {
    const user = await makeUser("STUDENT", { email: "case@example.test" });
    const result = await checkCredentials("CASE@Example.test", FACTORY_PASSWORD, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ id: user.id, role: "STUDENT" }) });
    expect(JSON.stringify(result)).not.toContain("$2");
  });

  it("rejects a wrong password and an unknown email the same way", async () => {
    await makeUser("STUDENT", { email: "wrong@example.test" });
    expect(await checkCredentials("wrong@example.test", "nope-nope", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkCredentials("nobody@example.test", "nope-nope", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks an email after ${MAX_FAILURES_PER_EMAIL} failures, even for the right password`, async () => {
    await makeUser("STUDENT", { email: "locked@example.test" });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect((await checkCredentials("locked@example.test", `bad-${i}`, `10.1.0.${i}`)).ok).toBe(false);
    }
    const result = await checkCredentials("locked@example.test", FACTORY_PASSWORD, "10.1.1.1");
    expect(result).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!result.ok && result.reason === "rate_limited") expect(result.retryAfterSeconds).toBeGreaterThan(0);
  });

  it(`limits one IP to ${MAX_FAILURES_PER_IP} failures across emails`, async () => {
    const user = await makeUser("STUDENT", { email: "victim@example.test" });
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) await checkCredentials(`guess${i}@example.test`, "x-x-x-x-x", "10.9.9.9");
    expect(await checkCredentials(user.email, FACTORY_PASSWORD, "10.9.9.9")).toMatchObject({ ok: false, reason: "rate_limited" });
    // The same account from another network still works.
    expect((await checkCredentials(user.email, FACTORY_PASSWORD, "10.9.9.10")).ok).toBe(true);
  });

  it("clears the email's failures after a successful login", async () => {
    await makeUser("STUDENT", { email: "reset@example.test" });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) await checkCredentials("reset@example.test", "bad-bad-bad", "10.2.0.1");
    expect((await checkCredentials("reset@example.test", FACTORY_PASSWORD, "10.2.0.2")).ok).toBe(true);
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) await checkCredentials("reset@example.test", "bad-bad-bad", "10.2.0.3");
    expect((await checkCredentials("reset@example.test", FACTORY_PASSWORD, "10.2.0.4")).ok).toBe(true);
  });

  it("checks at most the limit of passwords when guesses arrive all at once (the right one last is refused)", async () => {
    await makeUser("STUDENT", { email: "race@example.test" });
    const attempts = Array.from({ length: 40 }, (_, i) => (i === 39 ? FACTORY_PASSWORD : `wrong-${i}`));
    const results = await Promise.all(attempts.map((password, i) => checkCredentials("race@example.test", password, `10.3.${i}.1`)));
    const checked = results.filter((r) => r.ok || r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_EMAIL);
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited").length).toBeGreaterThanOrEqual(40 - MAX_FAILURES_PER_EMAIL);
  });

  it("does not count successful logins against a shared address (a class behind one school NAT)", async () => {
    const users = await Promise.all(Array.from({ length: MAX_FAILURES_PER_IP + 5 }, (_, i) => makeUser("STUDENT", { email: `nat${i}@example.test` })));
    for (const user of users) expect((await checkCredentials(user.email, FACTORY_PASSWORD, "10.4.4.4")).ok).toBe(true);
  });
});
