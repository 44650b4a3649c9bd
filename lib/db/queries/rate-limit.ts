import "server-only";
// Fixed-window counters in the database, so every server instance enforces the same limit.
import { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";
import { utcFromJson } from "../json-dates";
import { batchStatements } from "../statement-batch";

export type RateLimitState = { count: number; resetAt: Date };

/**
 * The statement counting one hit against `key` (RETURNING the window's count and start), to run
 * alone or inside another statement's WITH; `when` (SQL) makes the hit conditional.
 */
export function rateLimitHitSql(key: string, windowMs: number, when: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const seconds = windowMs / 1000;
  return Prisma.sql`
    INSERT INTO "RateLimit" ("key", "count", "windowStart") SELECT ${key}, 1, now() WHERE ${when}
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${seconds}::float8) THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= now() - make_interval(secs => ${seconds}::float8) THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
}

/** A hit's result as rateLimitHitSql returns it (count, window start). */
export function hitState(row: { count: number | string; windowStart: Date | string }, windowMs: number): RateLimitState {
  return { count: Number(row.count), resetAt: new Date(utcFromJson(row.windowStart)!.getTime() + windowMs) };
}

/** Counts one hit against `key` and returns the count in the current window. */
export async function hitRateLimit(key: string, windowMs: number): Promise<RateLimitState> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ count: number; windowStart: Date }[]>(rateLimitHitSql(key, windowMs));
  return hitState(rows[0]!, windowMs);
}

/** Counts one hit against each counter, all in one statement; the states in the same order. */
export async function hitRateLimits(hits: { key: string; windowMs: number }[]): Promise<RateLimitState[]> {
  // One statement may not change a row twice: a counter named twice is counted one call at a time.
  if (hits.length <= 1 || new Set(hits.map((h) => h.key)).size < hits.length) {
    const states: RateLimitState[] = [];
    for (const h of hits) states.push(await hitRateLimit(h.key, h.windowMs));
    return states;
  }
  const db = await getDb();
  const results = Prisma.join(hits.map((_, i) => Prisma.raw(`(SELECT row_to_json(h) FROM s${i} h)`)));
  const rows = await db.$queryRaw<{ hits: { count: number; windowStart: string }[] }[]>(
    batchStatements(
      hits.map((h) => rateLimitHitSql(h.key, h.windowMs)),
      Prisma.sql`SELECT json_build_array(${results}) AS hits`,
    ),
  );
  return rows[0]!.hits.map((row, i) => hitState(row, hits[i]!.windowMs));
}

/** The current windows' counts of several counters in one query (0 for an expired window). */
export async function peekRateLimits(counters: { key: string; windowMs: number }[]): Promise<RateLimitState[]> {
  const db = await getDb();
  const rows = await db.rateLimit.findMany({ where: { key: { in: counters.map((c) => c.key) } } });
  return counters.map(({ key, windowMs }) => {
    const row = rows.find((r) => r.key === key);
    if (!row || row.windowStart.getTime() + windowMs <= Date.now()) return { count: 0, resetAt: new Date() };
    return { count: row.count, resetAt: new Date(row.windowStart.getTime() + windowMs) };
  });
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
