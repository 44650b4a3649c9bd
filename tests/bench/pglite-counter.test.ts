// The embedded database's traffic counter: one round trip per call into PGlite.
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PgliteCounter } from "../../bench/support/pglite-counter";

describe("PgliteCounter", () => {
  const db = new PGlite();
  let counter: PgliteCounter;
  // Wrapped once ready, as the bench does: PGlite's own start-up queries are not the app's.
  beforeAll(async () => {
    await db.waitReady;
    counter = new PgliteCounter(db);
  });
  afterAll(() => db.close());

  it("counts a query, a multi-statement exec and a transaction", async () => {
    await db.query("SELECT $1::int", [1]);
    expect(counter.snapshot()).toMatchObject({ roundTrips: 1, statements: 1 });
    await db.exec("CREATE TEMP TABLE t (n int); INSERT INTO t VALUES (1)");
    expect(counter.snapshot()).toMatchObject({ roundTrips: 2, statements: 3 });
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES ($1)", [2]);
    });
    expect(counter.snapshot()).toMatchObject({ roundTrips: 5, statements: 6 });
    expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM t")).rows[0]!.n).toBe(2);
  });

  it("counts a rolled-back transaction and leaves its rows out", async () => {
    const before = counter.snapshot();
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (3)");
      await tx.rollback();
    });
    expect(counter.snapshot().roundTrips - before.roundTrips).toBe(3);
    expect((await db.query<{ n: number }>("SELECT count(*)::int AS n FROM t")).rows[0]!.n).toBe(2);
  });
});
