// The embedded database has no network, so the bench counts its traffic by wrapping the
// PGlite instance the app opened (getOpenDb().pglite) instead of changing app code. Prisma's
// PGlite adapter (which the checkpointer goes through too) only calls query, exec and transaction
// (and, inside a transaction, the transaction object's query/exec/rollback).
// Each call is one wait on the single-threaded engine: a "round trip". Statements: one per
// query, one per statement exec ran (it returns a result per statement), and BEGIN, COMMIT
// or ROLLBACK of a transaction() — each of those also one round trip, as PGlite runs them
// as separate calls into the engine.
import type { PGlite, Transaction } from "@electric-sql/pglite";
import { type TrafficCounts, ZERO } from "./latency-proxy";

type Counts = Omit<TrafficCounts, "connections">;

export class PgliteCounter {
  private readonly counts: Counts = { roundTrips: 0, statements: 0 };

  constructor(db: PGlite) {
    const query = db.query.bind(db);
    const exec = db.exec.bind(db);
    const transaction = db.transaction.bind(db);
    db.query = (async (...args: Parameters<PGlite["query"]>) => {
      this.add(1, 1);
      return query(...args);
    }) as PGlite["query"];
    db.exec = async (...args: Parameters<PGlite["exec"]>) => {
      const results = await exec(...args);
      this.add(1, results.length);
      return results;
    };
    db.transaction = (async <T>(callback: (tx: Transaction) => Promise<T>) => {
      this.add(1, 1); // BEGIN
      try {
        return await transaction((tx) => callback(this.wrap(tx)));
      } finally {
        this.add(1, 1); // COMMIT, or the ROLLBACK PGlite runs on failure
      }
    }) as PGlite["transaction"];
  }

  /** connections is always 0: the embedded database has none. */
  snapshot(): TrafficCounts {
    return { ...ZERO, ...this.counts };
  }

  private add(roundTrips: number, statements: number) {
    this.counts.roundTrips += roundTrips;
    this.counts.statements += statements;
  }

  private wrap(tx: Transaction): Transaction {
    return {
      ...tx,
      get closed() {
        return tx.closed;
      },
      query: ((...args: Parameters<Transaction["query"]>) => {
        this.add(1, 1);
        return tx.query(...args);
      }) as Transaction["query"],
      sql: ((...args: Parameters<Transaction["sql"]>) => {
        this.add(1, 1);
        return tx.sql(...args);
      }) as Transaction["sql"],
      exec: async (...args: Parameters<Transaction["exec"]>) => {
        const results = await tx.exec(...args);
        this.add(1, results.length);
        return results;
      },
      // An explicit rollback replaces PGlite's COMMIT: the finally in transaction() counts it.
      rollback: () => tx.rollback(),
    };
  }
}
