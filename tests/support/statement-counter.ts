// Counts the SQL statements the app sends to its database (embedded or PostgreSQL), by wrapping
// the driver objects lib/db/open.ts hands to Prisma. A transaction counts its BEGIN and COMMIT.
import type { OpenDb } from "@/lib/db/open";

type AnyFn = (...args: unknown[]) => unknown;

export class StatementCounter {
  count = 0;
  private restore: (() => void)[] = [];

  constructor(db: OpenDb) {
    const wrap = (target: Record<string, unknown>, name: string, wrapper: (original: AnyFn) => AnyFn) => {
      const original = (target[name] as AnyFn).bind(target);
      target[name] = wrapper(original);
      this.restore.push(() => {
        target[name] = original;
      });
    };
    const counting =
      (original: AnyFn) =>
      (...args: unknown[]) => {
        this.count++;
        return original(...args);
      };
    if (db.pglite) {
      const pglite = db.pglite as unknown as Record<string, unknown>;
      wrap(pglite, "query", counting);
      wrap(pglite, "exec", counting);
      wrap(pglite, "transaction", (original) => (fn: unknown) => {
        this.count += 2;
        return original((tx: Record<string, unknown>) => {
          const query = (tx.query as AnyFn).bind(tx);
          tx.query = counting(query);
          return (fn as AnyFn)(tx);
        });
      });
    } else {
      // pool.query() checks a client out through connect() too, so counting on clients sees everything.
      const instrument = (client: Record<string, unknown> & { __counted?: boolean }) => {
        if (client && !client.__counted) {
          client.query = counting((client.query as AnyFn).bind(client));
          client.__counted = true;
        }
        return client;
      };
      wrap(db.pgPool as unknown as Record<string, unknown>, "connect", (original) => (...args: unknown[]) => {
        const callback = args[0];
        if (typeof callback === "function") {
          return original((error: unknown, client: Record<string, unknown>, done: unknown) => callback(error, error ? client : instrument(client), done));
        }
        return (original() as Promise<Record<string, unknown>>).then(instrument);
      });
    }
  }

  /** Statements sent while `work` ran. */
  async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const before = this.count;
    const result = await work();
    return { result, statements: this.count - before };
  }

  stop(): void {
    for (const undo of this.restore.reverse()) undo();
    this.restore = [];
  }
}
