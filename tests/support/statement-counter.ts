// Counts the SQL statements the app sends to its database (embedded or PostgreSQL), by wrapping
// the driver objects lib/db/open.ts hands to Prisma. The embedded side is the benchmark's own
// counter (bench/support/pglite-counter.ts); on PostgreSQL every pooled client's query is counted.
import type { OpenDb } from "@/lib/db/open";
import { PgliteCounter } from "../../bench/support/pglite-counter";

type AnyFn = (...args: unknown[]) => unknown;

export class StatementCounter {
  private readonly read: () => number;

  constructor(db: OpenDb) {
    if (db.pglite) {
      const counter = new PgliteCounter(db.pglite);
      this.read = () => counter.snapshot().statements;
      return;
    }
    let count = 0;
    this.read = () => count;
    // pool.query() checks a client out through connect() too, so counting on clients sees everything.
    const instrument = (client: Record<string, unknown> & { __counted?: boolean }) => {
      if (client && !client.__counted) {
        const query = (client.query as AnyFn).bind(client);
        client.query = (...args: unknown[]) => {
          count++;
          return query(...args);
        };
        client.__counted = true;
      }
      return client;
    };
    const pool = db.pgPool as unknown as Record<string, AnyFn>;
    const connect = pool.connect!.bind(pool);
    pool.connect = (...args: unknown[]) => {
      const callback = args[0];
      if (typeof callback === "function") {
        return connect((error: unknown, client: Record<string, unknown>, done: unknown) => callback(error, error ? client : instrument(client), done));
      }
      return (connect() as Promise<Record<string, unknown>>).then(instrument);
    };
  }

  /** Statements sent while `work` ran. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = this.read();
    const result = await work();
    return { result, statements: this.read() - before };
  }
}
