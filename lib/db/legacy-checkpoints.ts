import "server-only";
// Interviews in progress when an instance upgrades keep their place. Until this version the
// interviewer's checkpoints were kept by LangGraph's PostgresSaver in the "langgraph" schema;
// each open interview's latest checkpoint (with its pending writes) is copied once into the app's
// own tables. Run by `npm run db:migrate` and `db:prepare`; finished interviews are left behind
// (nothing reads them), and so are the old tables, for an administrator to drop when they like.
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import type { PendingWrite } from "@langchain/langgraph-checkpoint";
import type pg from "pg";
import { AppCheckpointSaver } from "./checkpointer";
import type { OpenDb } from "./open";

export const LEGACY_CHECKPOINT_SCHEMA = "langgraph";

/** Plain queries on either database, shaped as the parts of pg.Pool the saver's reads use. */
function queryable(db: OpenDb) {
  return {
    query: async (text: string, params?: unknown[]) => {
      if (db.pglite) return { rows: (await db.pglite.query<Record<string, unknown>>(text, params)).rows };
      return db.pgPool!.query(text, params);
    },
  };
}

/** Copies the latest checkpoint of every open interview not yet in the app's tables; returns how many. */
export async function carryOverLegacyCheckpoints(db: OpenDb): Promise<number> {
  const q = queryable(db);
  const [present] = (await q.query(`SELECT to_regclass('${LEGACY_CHECKPOINT_SCHEMA}.checkpoints') IS NOT NULL AS present`)).rows;
  if (!present?.present) return 0;
  const threads = (
    await q.query(`
      SELECT DISTINCT c.thread_id FROM ${LEGACY_CHECKPOINT_SCHEMA}.checkpoints c JOIN "InterviewSession" s ON s.id = c.thread_id
      WHERE s.status = 'IN_PROGRESS' AND c.checkpoint_ns = ''
        AND NOT EXISTS (SELECT 1 FROM "GraphCheckpoint" g WHERE g."threadId" = c.thread_id)`)
  ).rows.map((r) => String(r.thread_id));
  const legacy = new PostgresSaver(q as unknown as pg.Pool, undefined, { schema: LEGACY_CHECKPOINT_SCHEMA });
  const saver = new AppCheckpointSaver(async () => db.prisma);
  for (const threadId of threads) {
    const tuple = await legacy.getTuple({ configurable: { thread_id: threadId, checkpoint_ns: "" } });
    if (!tuple) continue;
    const parentId = tuple.parentConfig?.configurable?.checkpoint_id;
    const saved = await saver.put(
      { configurable: { thread_id: threadId, checkpoint_ns: "", ...(parentId ? { checkpoint_id: parentId } : {}) } },
      tuple.checkpoint,
      tuple.metadata ?? { source: "update", step: -1, parents: {} },
      tuple.checkpoint.channel_versions,
    );
    const byTask = new Map<string, PendingWrite[]>();
    for (const [taskId, channel, value] of tuple.pendingWrites ?? []) byTask.set(taskId, [...(byTask.get(taskId) ?? []), [channel, value]]);
    for (const [taskId, writes] of byTask) await saver.putWrites(saved, writes, taskId);
  }
  return threads.length;
}
