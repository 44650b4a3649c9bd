import { describe, expect, it } from "vitest";
import { clearRateLimit, hitRateLimit, peekRateLimit } from "@/lib/db/queries/rate-limit";

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
});
