import "server-only";
// Fixed-window counters in the database, so every server instance enforces the same limit.
import { getDb } from "../client";

export type RateLimitState = { count: number; resetAt: Date };

/** Counts one hit against `key` and returns the count in the current window. */
export async function hitRateLimit(key: string, windowMs: number): Promise<RateLimitState> {
  const db = await getDb();
  const seconds = windowMs / 1000;
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${seconds}::float8) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${seconds}::float8) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  return { count: Number(row.count), resetAt: new Date(new Date(row.windowStart).getTime() + windowMs) };
}

/** The current window's count without counting a hit (0 when the window has expired). */
export async function peekRateLimit(key: string, windowMs: number): Promise<RateLimitState> {
  const db = await getDb();
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.windowStart.getTime() + windowMs <= Date.now()) return { count: 0, resetAt: new Date() };
  return { count: row.count, resetAt: new Date(row.windowStart.getTime() + windowMs) };
}

export async function clearRateLimit(key: string): Promise<void> {
  const db = await getDb();
  await db.rateLimit.deleteMany({ where: { key } });
}

/** Gives back one hit counted by hitRateLimit (an attempt that turned out fine). */
export async function refundRateLimit(key: string): Promise<void> {
  const db = await getDb();
  await db.$executeRaw`UPDATE "RateLimit" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}
