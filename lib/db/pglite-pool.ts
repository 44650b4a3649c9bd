// A pg.Pool look-alike over the app's in-process PGlite, for LangGraph's PostgresSaver.
// Why not PGLiteSocketServer: it runs each wire message under PGlite's query lock only,
// so a saver transaction (BEGIN…COMMIT over several messages) could interleave with
// Prisma's statements on the same single-session database. Here a client's BEGIN opens
// a PGlite transaction that holds the transaction lock until COMMIT/ROLLBACK, exactly as
// Prisma's PGlite adapter does for its transactions; outside BEGIN, statements autocommit
// (the saver's setup runs CREATE INDEX CONCURRENTLY, which refuses a transaction block).
// Nothing is exposed on any socket.
import type { PGlite, Results, Transaction } from "@electric-sql/pglite";

type Rows = { rows: Record<string, unknown>[]; rowCount: number };

export interface PoolClientLike {
  query(text: string, params?: unknown[]): Promise<Rows>;
  release(): void;
}

type Runner = Pick<Transaction, "query" | "exec">;

async function run(target: Runner, text: string, params?: unknown[]): Promise<Rows> {
  if (!params || params.length === 0) {
    // exec accepts several statements (the saver's setup migrations).
    const results: Results[] = await target.exec(text);
    const last = results[results.length - 1];
    return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
  }
  const result = await target.query<Record<string, unknown>>(text, params);
  return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
}

const EMPTY: Rows = { rows: [], rowCount: 0 };

export class PglitePool {
  constructor(private readonly db: PGlite) {}

  async connect(): Promise<PoolClientLike> {
    let tx: Transaction | null = null;
    let finish: (() => void) | null = null;

    const begin = async () => {
      let opened!: (t: Transaction) => void;
      const ready = new Promise<Transaction>((r) => (opened = r));
      const done = new Promise<void>((r) => (finish = r));
      const txPromise = this.db.transaction(async (t) => {
        opened(t);
        await done;
      });
      txPromise.catch((error) => console.error("[checkpointer] PGlite transaction failed", error));
      tx = await ready;
    };
    const end = async (rollback: boolean) => {
      if (!tx) return;
      if (rollback) await tx.rollback().catch(() => {});
      const close = finish!;
      tx = null;
      finish = null;
      close();
    };

    return {
      query: async (text, params) => {
        const verb = text.trim().replace(/;$/, "").toUpperCase();
        if (verb === "BEGIN") return begin().then(() => EMPTY);
        if (verb === "COMMIT") return end(false).then(() => EMPTY);
        if (verb === "ROLLBACK") return end(true).then(() => EMPTY);
        return run(tx ?? this.db, text, params);
      },
      release: () => {
        void end(true); // a client released mid-transaction never leaves the lock held
      },
    };
  }

  query(text: string, params?: unknown[]): Promise<Rows> {
    return run(this.db, text, params);
  }

  async end(): Promise<void> {}

  on(): this {
    return this;
  }
}
