import { describe, expect, it } from "vitest";
import { clearRateLimit, hitRateLimit, hitRateLimits, peekRateLimit, peekRateLimits } from "@/lib/db/queries/rate-limit";

describe("rate limit counters", () => {
  it("counts hits in a window, peeks without counting, and clears", async () => {
    expect((await hitRateLimit("k1", 60_000)).count).toBe(1);
    expect((await hitRateLimit("k1", 60_000)).count).toBe(2);
    expect((await peekRateLimit("k1", 60_000)).count).toBe(2);
    expect((await peekRateLimit("k1", 60_000)).count).toBe(2);
    await clearRateLimit("k1");
    expect((await peekRateLimit("k1", 60_000)).count).toBe(0);
  });

  it("starts a new window once the old one has passed", async () => {
    await hitRateLimit("k2", 300);
    await hitRateLimit("k2", 300);
    await new Promise((r) => setTimeout(r, 400));
    expect((await peekRateLimit("k2", 300)).count).toBe(0);
    expect((await hitRateLimit("k2", 300)).count).toBe(1);
  });

  it("counts concurrent hits exactly (atomic upsert)", async () => {
    await Promise.all(Array.from({ length: 20 }, () => hitRateLimit("k3", 60_000)));
    expect((await peekRateLimit("k3", 60_000)).count).toBe(20);
  });

  it("counts several counters in one statement, each in its own window, and peeks at them in one query", async () => {
    await hitRateLimit("k4", 60_000);
    const states = await hitRateLimits([
      { key: "k4", windowMs: 60_000 },
      { key: "k5", windowMs: 1_000 },
    ]);
    expect(states.map((s) => s.count)).toEqual([2, 1]);
    expect(states[1]!.resetAt.getTime() - Date.now()).toBeLessThanOrEqual(1_000);
    expect(states[1]!.resetAt.getTime() - Date.now()).toBeGreaterThan(0);
    // The same counter named twice is counted twice.
    expect(
      (
        await hitRateLimits([
          { key: "k6", windowMs: 60_000 },
          { key: "k6", windowMs: 60_000 },
        ])
      ).map((s) => s.count),
    ).toEqual([1, 2]);
    expect(
      (
        await peekRateLimits([
          { key: "k4", windowMs: 60_000 },
          { key: "none", windowMs: 60_000 },
        ])
      ).map((s) => s.count),
    ).toEqual([2, 0]);
  });
});
