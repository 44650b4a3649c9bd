// Several data-modifying statements sent as one: each becomes a WITH clause of a single SQL
// statement, so they cost one round trip and commit (or fail) together. PostgreSQL runs them on
// one snapshot: none sees another's changes, so they must not touch the same rows.
import { Prisma } from "../../prisma/generated/client";

/**
 * One statement running `statements` (INSERT/UPDATE/DELETE, each without its own WITH), then `final`
 * (a SELECT that may read the named results: `s0`, `s1`, …, of those with RETURNING).
 */
export function batchStatements(statements: Prisma.Sql[], final: Prisma.Sql = Prisma.sql`SELECT 1 AS done`): Prisma.Sql {
  if (statements.length === 0) return final;
  const clauses = statements.map((s, i) => Prisma.sql`${Prisma.raw(`s${i}`)} AS (${s})`);
  return Prisma.sql`WITH ${Prisma.join(clauses, ", ")} ${final}`;
}
