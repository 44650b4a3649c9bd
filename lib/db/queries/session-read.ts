import "server-only";
// An interview session with its topic and turns, read in ONE statement (Prisma's include sends
// four): on every answer and every page of the interview room. The same SQL reads it inside a
// step's commit, from the rows that statement writes (lib/db/queries/interview-steps.ts).
import { Prisma } from "../../../prisma/generated/client";
import { getDb } from "../client";
import { utcFromJson } from "../json-dates";

/** What a session read returns: the session, its topic's feedback settings, and its turns in order. */
const SESSION_INCLUDE = {
  topic: { select: { name: true, showFeedback: true, adaptive: true, batch: { select: { name: true, instructorId: true, showFeedback: true } } } },
  turns: { orderBy: { index: "asc" } },
} satisfies Prisma.InterviewSessionInclude;
export type SessionWithTurns = Prisma.InterviewSessionGetPayload<{ include: typeof SESSION_INCLUDE }>;

export type SessionJson = Record<string, unknown> & { turns: Record<string, unknown>[] };

/** The JSON of sessionJsonSql as Prisma would have returned the row (dates as Dates). */
export function sessionFromJson(raw: SessionJson): SessionWithTurns {
  const turns = raw.turns.map((t) => ({ ...t, createdAt: utcFromJson(t.createdAt), answeredAt: utcFromJson(t.answeredAt) }));
  return {
    ...raw,
    startedAt: utcFromJson(raw.startedAt),
    lastActiveAt: utcFromJson(raw.lastActiveAt),
    completedAt: utcFromJson(raw.completedAt),
    endRequestedAt: utcFromJson(raw.endRequestedAt),
    turns,
  } as unknown as SessionWithTurns;
}

/**
 * A SELECT of session `sessionId` as one JSON value (column `session`). Inside a statement that
 * also writes it, `written` names that statement's WITH clauses whose RETURNING * rows replace
 * the session's or its turns' rows as they were before it (a statement does not see its own writes).
 */
export function sessionJsonSql(sessionId: string, written: { session?: string; turns?: string[] } = {}): Prisma.Sql {
  const from = (names: string[]) => Prisma.raw(names.map((n) => `SELECT * FROM ${n}`).join(" UNION ALL "));
  const session = written.session
    ? Prisma.sql`(${from([written.session])} UNION ALL SELECT * FROM "InterviewSession" WHERE id = ${sessionId} AND NOT EXISTS (${from([written.session])}))`
    : Prisma.sql`(SELECT * FROM "InterviewSession" WHERE id = ${sessionId})`;
  const turns = written.turns?.length
    ? Prisma.sql`(${from(written.turns)} UNION ALL SELECT * FROM "Turn" WHERE "sessionId" = ${sessionId} AND id NOT IN (SELECT id FROM (${from(written.turns)}) w))`
    : Prisma.sql`(SELECT * FROM "Turn" WHERE "sessionId" = ${sessionId})`;
  return Prisma.sql`
    SELECT to_jsonb(s) || jsonb_build_object(
      'topic', (SELECT jsonb_build_object('name', t.name, 'showFeedback', t."showFeedback", 'adaptive', t.adaptive,
                 'batch', jsonb_build_object('name', b.name, 'instructorId', b."instructorId", 'showFeedback', b."showFeedback"))
                FROM "Topic" t JOIN "Batch" b ON b.id = t."batchId" WHERE t.id = s."topicId"),
      'turns', COALESCE((SELECT jsonb_agg(to_jsonb(tr) ORDER BY tr.index) FROM ${turns} tr), '[]'::jsonb)) AS session
    FROM ${session} s`;
}

export async function getSession(sessionId: string): Promise<SessionWithTurns | null> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ session: SessionJson }[]>(sessionJsonSql(sessionId));
  return rows[0] ? sessionFromJson(rows[0].session) : null;
}
