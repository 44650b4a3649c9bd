// The bench's latency proxy: it counts statements and round trips the way issue 19 defines
// them, and really delays traffic. Runs against a throwaway PostgreSQL when the server
// binaries are installed.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffCounts, LatencyProxy } from "../../bench/support/latency-proxy";
import { type PostgresCluster, postgresUnavailableReason, startPostgresCluster } from "../support/postgres-cluster";

const skip = postgresUnavailableReason();

describe.skipIf(skip !== null)("latency proxy (PostgreSQL)", () => {
  let cluster: PostgresCluster;
  const proxies: LatencyProxy[] = [];

  beforeAll(async () => {
    cluster = (await startPostgresCluster())!;
  });
  afterAll(async () => {
    for (const p of proxies) await p.stop();
    cluster?.stop();
  });

  async function through(delayMs: number) {
    const proxy = await new LatencyProxy({ host: "127.0.0.1", port: cluster.port }, delayMs).start();
    proxies.push(proxy);
    const client = new pg.Client({ connectionString: proxy.urlFor(cluster.url) });
    await client.connect();
    return { proxy, client };
  }

  it("counts one query as one round trip and one statement, and the connection apart", async () => {
    const { proxy, client } = await through(0);
    const afterConnect = proxy.snapshot();
    expect(proxy.measuredDelayMs()).toBe(0); // 0 ms: chunks are written at once, never queued
    expect(afterConnect).toMatchObject({ connections: 1, roundTrips: 0, statements: 0 });
    await client.query("SELECT 1");
    expect(diffCounts(proxy.snapshot(), afterConnect)).toEqual({ connections: 0, roundTrips: 1, statements: 1 });
    // A parameterised query goes by the extended protocol (Parse/Bind/Execute/Sync in one flight).
    await client.query("SELECT $1::int AS n", [2]);
    expect(diffCounts(proxy.snapshot(), afterConnect)).toEqual({ connections: 0, roundTrips: 2, statements: 2 });
    await client.end();
  });

  it("counts a transaction BEGIN / INSERT / COMMIT as three of each", async () => {
    const { proxy, client } = await through(0);
    await client.query("CREATE TEMP TABLE t (n int)");
    const before = proxy.snapshot();
    await client.query("BEGIN");
    await client.query("INSERT INTO t VALUES ($1)", [1]);
    await client.query("COMMIT");
    expect(diffCounts(proxy.snapshot(), before)).toEqual({ connections: 0, roundTrips: 3, statements: 3 });
    expect(proxy.snapshot().perConnection).toEqual([{ connections: 1, roundTrips: 4, statements: 4 }]);
    await client.end();
  });

  it("counts several statements sent in one simple query as one round trip", async () => {
    const { proxy, client } = await through(0);
    const before = proxy.snapshot();
    await client.query("SELECT 1; SELECT 2");
    expect(diffCounts(proxy.snapshot(), before)).toEqual({ connections: 0, roundTrips: 1, statements: 1 });
    await client.end();
  });

  it("delays each direction: a query over a 20 ms proxy takes at least 40 ms", async () => {
    const { proxy, client } = await through(20);
    const t0 = performance.now();
    await client.query("SELECT 1");
    expect(performance.now() - t0).toBeGreaterThanOrEqual(39.5);
    expect(proxy.measuredDelayMs()).toBeGreaterThanOrEqual(19.5);
    await client.end();
  });

  it("carries large messages intact and keeps counting after them", async () => {
    const { proxy, client } = await through(2);
    const big = "x".repeat(300_000);
    const before = proxy.snapshot();
    const r = await client.query("SELECT length($1::text) AS n, $1::text AS echo", [big]);
    expect(r.rows[0]).toMatchObject({ n: 300_000 });
    expect(r.rows[0].echo).toBe(big);
    await client.query("SELECT 1");
    expect(diffCounts(proxy.snapshot(), before)).toEqual({ connections: 0, roundTrips: 2, statements: 2 });
    await client.end();
  });

  it("counts each pooled connection it opens", async () => {
    const proxy = await new LatencyProxy({ host: "127.0.0.1", port: cluster.port }, 0).start();
    proxies.push(proxy);
    const pool = new pg.Pool({ connectionString: proxy.urlFor(cluster.url), max: 3 });
    await Promise.all([1, 2, 3].map(() => pool.query("SELECT pg_sleep(0.05)")));
    expect(proxy.snapshot()).toMatchObject({ connections: 3, roundTrips: 3, statements: 3 });
    await pool.end();
  });
});
