import "server-only";
// The interviewer graph's checkpoint saver, in the app's own tables (GraphCheckpoint, GraphBlob,
// GraphWrite) and migrations. A save is one statement (the changed channels' values and the
// checkpoint row together) and a load is one SELECT (values and pending writes come along) —
// where LangGraph's PostgresSaver spends a transaction of several statements on each. It keeps every method
// of the saver contract (checked by LangGraph's conformance suite, tests/lib/db/checkpointer-
// conformance.test.ts), so nothing in the graph knows the difference.
//
// `hold(thread)` turns one thread's saves into SQL handed back by `release(thread)`, so the
// interview service commits a step's checkpoint together with its turn rows in one statement.
import type { RunnableConfig } from "@langchain/core/runnables";
import {
  BaseCheckpointSaver,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
  compareWritesSortKeys,
  copyCheckpoint,
  getCheckpointId,
  maxChannelVersion,
  type PendingWrite,
  TASKS,
  WRITES_IDX_MAP,
  writesSortKey,
} from "@langchain/langgraph-checkpoint";
import type { PrismaClient } from "../../prisma/generated/client";
import { Prisma } from "../../prisma/generated/client";
import { getDb } from "./client";
import { batchStatements } from "./statement-batch";

/** One stored write, as the checkpoint query returns it (the value base64-encoded). */
type WriteRow = { taskId: string; channel: string; type: string; value: string; taskPath: string; idx: number };
/** One checkpoint with everything it needs, as one JSON value (see tupleJson): bytes are base64. */
export type StoredTuple = {
  threadId: string;
  ns: string;
  checkpointId: string;
  parentId: string | null;
  type: string;
  checkpoint: string;
  metadata: unknown;
  blobs: { channel: string; type: string; value: string | null }[] | null;
  writes: WriteRow[] | null;
  parentSends: WriteRow[] | null;
};

const decode = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));
const bytes = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
const writeJson = Prisma.sql`json_build_object('taskId', w."taskId", 'channel', w.channel, 'type', w.type, 'value', encode(w.value, 'base64'), 'taskPath', w."taskPath", 'idx', w.idx)`;

/** A checkpoint row `c` as one JSON value: the row, its channel values, its pending writes (and, for old checkpoints, the parent's sends). */
const TUPLE_JSON = Prisma.sql`json_build_object(
    'threadId', c."threadId", 'ns', c.ns, 'checkpointId', c."checkpointId", 'parentId', c."parentId", 'type', c.type,
    'checkpoint', encode(c.checkpoint, 'base64'), 'metadata', c.metadata,
    'blobs', (SELECT json_agg(json_build_object('channel', b.channel, 'type', b.type, 'value', encode(b.value, 'base64')))
       FROM jsonb_each_text(c.versions) v JOIN "GraphBlob" b ON b."threadId" = c."threadId" AND b.ns = c.ns AND b.channel = v.key AND b.version = v.value),
    'writes', (SELECT json_agg(${writeJson}) FROM "GraphWrite" w WHERE w."threadId" = c."threadId" AND w.ns = c.ns AND w."checkpointId" = c."checkpointId"),
    'parentSends', (SELECT json_agg(${writeJson}) FROM "GraphWrite" w
       WHERE w."threadId" = c."threadId" AND w.ns = c.ns AND w."checkpointId" = c."parentId" AND w.channel = ${TASKS}))`;

/** A query for the thread's latest checkpoint as one JSON value (column `tuple`): for callers that read it along with their own statement. */
export function latestTupleSql(threadId: string): Prisma.Sql {
  return Prisma.sql`SELECT ${TUPLE_JSON} AS tuple FROM "GraphCheckpoint" c WHERE c."threadId" = ${threadId} AND c.ns = '' ORDER BY c."checkpointId" DESC LIMIT 1`;
}

function threadOf(config: RunnableConfig, what: string): string {
  const threadId = config.configurable?.thread_id;
  if (typeof threadId !== "string" || !threadId) throw new Error(`Cannot ${what}: the config has no "thread_id" in its "configurable" property.`);
  return threadId;
}

export class AppCheckpointSaver extends BaseCheckpointSaver {
  /** Threads whose saves are being held for the caller's own commit (see hold). */
  private readonly held = new Map<string, Prisma.Sql[]>();
  /** The latest checkpoint of a held thread, already read by the caller (null: it has none); used by the first getTuple. */
  private readonly primed = new Map<string, CheckpointTuple | null>();

  constructor(private readonly db: () => Promise<PrismaClient> = getDb) {
    super();
  }

  /**
   * From now until release(thread), saves of this thread are not written but kept as SQL
   * statements: the caller commits them with its own writes, all or nothing. Only for the span
   * of one run that nothing else writes the thread during (lib/interview/steps.ts). `latest`:
   * the thread's latest checkpoint when the caller already read it (null: it has none), which the
   * run's first getTuple returns instead of querying.
   */
  hold(threadId: string, latest?: CheckpointTuple | null): void {
    if (this.held.has(threadId)) throw new Error(`thread ${threadId} is already held by another run in this process`);
    this.held.set(threadId, []);
    if (latest !== undefined) this.primed.set(threadId, latest);
  }

  /** The thread's latest checkpoint as read with the caller's own query (latestTupleSql), deserialised. */
  async readTuple(stored: StoredTuple | null): Promise<CheckpointTuple | undefined> {
    return stored ? this.toTuple(stored) : undefined;
  }

  /** The held saves of `threadId` as data-modifying statements (each usable inside WITH), and stops holding. */
  release(threadId: string): Prisma.Sql[] {
    const statements = this.held.get(threadId) ?? [];
    this.held.delete(threadId);
    this.primed.delete(threadId);
    return statements;
  }

  private async write(threadId: string, statements: Prisma.Sql[]): Promise<void> {
    const held = this.held.get(threadId);
    if (held) held.push(...statements);
    else await (await this.db()).$queryRaw(batchStatements(statements));
  }

  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const threadId = config.configurable?.thread_id;
    if (threadId === undefined) return undefined;
    const ns = config.configurable?.checkpoint_ns ?? "";
    const id = getCheckpointId(config);
    // The latest checkpoint the caller already read in its own statement saves this query.
    if (!id && ns === "" && this.primed.has(threadId)) {
      const primed = this.primed.get(threadId) ?? null;
      this.primed.delete(threadId);
      return primed ?? undefined;
    }
    const which = id ? Prisma.sql`AND c."checkpointId" = ${id}` : Prisma.empty;
    const rows = await (await this.db()).$queryRaw<{ tuple: StoredTuple }[]>`SELECT ${TUPLE_JSON} AS tuple FROM "GraphCheckpoint" c
      WHERE c."threadId" = ${threadId} AND c.ns = ${ns} ${which} ORDER BY c."checkpointId" DESC LIMIT 1`;
    return rows[0] ? this.toTuple(rows[0].tuple) : undefined;
  }

  async *list(config: RunnableConfig, options: CheckpointListOptions = {}): AsyncGenerator<CheckpointTuple> {
    const { limit, before, filter } = options;
    const where: Prisma.Sql[] = [];
    const threadId = config.configurable?.thread_id;
    if (threadId !== undefined) where.push(Prisma.sql`c."threadId" = ${threadId}`);
    const ns = config.configurable?.checkpoint_ns;
    if (ns !== undefined) where.push(Prisma.sql`c.ns = ${ns}`);
    const id = getCheckpointId(config);
    if (id) where.push(Prisma.sql`c."checkpointId" = ${id}`);
    const beforeId = before?.configurable?.checkpoint_id;
    if (beforeId) where.push(Prisma.sql`c."checkpointId" < ${beforeId}`);
    for (const [key, value] of Object.entries(filter ?? {})) {
      if (value !== undefined) where.push(Prisma.sql`c.metadata -> ${key} = ${JSON.stringify(value)}::jsonb`);
    }
    const whereSql = where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
    const limitSql = limit !== undefined ? Prisma.sql`LIMIT ${Math.max(0, Math.floor(limit))}` : Prisma.empty;
    const rows = await (await this.db()).$queryRaw<{ tuple: StoredTuple }[]>`SELECT ${TUPLE_JSON} AS tuple FROM "GraphCheckpoint" c
      ${whereSql} ORDER BY c."threadId", c.ns, c."checkpointId" DESC ${limitSql}`;
    for (const row of rows) yield await this.toTuple(row.tuple);
  }

  async put(config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata, newVersions: ChannelVersions): Promise<RunnableConfig> {
    const threadId = threadOf(config, "save a checkpoint");
    const ns = config.configurable?.checkpoint_ns ?? "";
    const parentId = config.configurable?.checkpoint_id ?? null;
    // Only the channels that changed in this step get a new value row; the rest are shared with earlier steps.
    const { channel_values: values, ...rest } = copyCheckpoint(checkpoint);
    const changed = await Promise.all(
      Object.entries(newVersions).map(async ([channel, version]) => {
        const [type, value] = channel in values ? await this.serde.dumpsTyped(values[channel]) : ["empty", null];
        return Prisma.sql`(${threadId}, ${ns}, ${channel}, ${String(version)}, ${type}, ${value ? bytes(value) : null})`;
      }),
    );
    const [[type, serialised], [, meta]] = await Promise.all([this.serde.dumpsTyped({ ...rest, channel_values: {} }), this.serde.dumpsTyped(metadata)]);
    const versions = Object.fromEntries(Object.entries(checkpoint.channel_versions).map(([channel, version]) => [channel, String(version)]));
    const blobs = changed.length ? [Prisma.sql`INSERT INTO "GraphBlob" ("threadId", ns, channel, version, type, value) VALUES ${Prisma.join(changed)} ON CONFLICT DO NOTHING`] : [];
    await this.write(threadId, [
      ...blobs,
      Prisma.sql`INSERT INTO "GraphCheckpoint" ("threadId", ns, "checkpointId", "parentId", type, checkpoint, versions, metadata)
        VALUES (${threadId}, ${ns}, ${checkpoint.id}, ${parentId}, ${type}, ${bytes(serialised)}, ${JSON.stringify(versions)}::jsonb, ${Buffer.from(meta).toString("utf8")}::jsonb)
        ON CONFLICT ("threadId", ns, "checkpointId") DO UPDATE
          SET "parentId" = EXCLUDED."parentId", type = EXCLUDED.type, checkpoint = EXCLUDED.checkpoint, versions = EXCLUDED.versions, metadata = EXCLUDED.metadata`,
    ]);
    return { configurable: { thread_id: threadId, checkpoint_ns: ns, checkpoint_id: checkpoint.id } };
  }

  async putWrites(config: RunnableConfig, writes: PendingWrite[], taskId: string, taskPath = ""): Promise<void> {
    const threadId = threadOf(config, "save writes");
    const checkpointId = config.configurable?.checkpoint_id;
    if (!checkpointId) throw new Error('Cannot save writes: the config has no "checkpoint_id" in its "configurable" property.');
    if (writes.length === 0) return;
    const ns = config.configurable?.checkpoint_ns ?? "";
    const rows = await Promise.all(
      writes.map(async ([channel, value], i) => {
        const [type, serialised] = await this.serde.dumpsTyped(value);
        const idx = WRITES_IDX_MAP[channel] ?? i;
        return Prisma.sql`(${threadId}, ${ns}, ${checkpointId}, ${taskId}, ${idx}, ${channel}, ${type}, ${bytes(serialised)}, ${taskPath})`;
      }),
    );
    // Special writes (an interrupt, an error: negative idx) replace the task's last one; ordinary
    // writes are kept as first written, so a retried task cannot change what was recorded.
    await this.write(threadId, [
      Prisma.sql`INSERT INTO "GraphWrite" ("threadId", ns, "checkpointId", "taskId", idx, channel, type, value, "taskPath")
        VALUES ${Prisma.join(rows)}
        ON CONFLICT ("threadId", ns, "checkpointId", "taskId", idx) DO UPDATE
          SET channel = EXCLUDED.channel, type = EXCLUDED.type, value = EXCLUDED.value, "taskPath" = EXCLUDED."taskPath"
          WHERE "GraphWrite".idx < 0`,
    ]);
  }

  async deleteThread(threadId: string): Promise<void> {
    await (await this.db()).$queryRaw(batchStatements(forgetThreadSql(threadId)));
  }

  private async toTuple(row: StoredTuple): Promise<CheckpointTuple> {
    const checkpoint = (await this.serde.loadsTyped(row.type, decode(row.checkpoint))) as Checkpoint;
    for (const blob of row.blobs ?? []) {
      if (blob.type !== "empty" && blob.value !== null) checkpoint.channel_values[blob.channel] = await this.serde.loadsTyped(blob.type, decode(blob.value));
    }
    // Checkpoints before format 4 kept pending sends as the parent's writes: fold them in as LangGraph expects.
    if (checkpoint.v < 4 && row.parentId) {
      const sends = await Promise.all(this.ordered(row.parentSends).map((w) => this.serde.loadsTyped(w.type, decode(w.value))));
      checkpoint.channel_values ??= {};
      checkpoint.channel_values[TASKS] = sends;
      checkpoint.channel_versions ??= {};
      const versions = Object.values(checkpoint.channel_versions);
      checkpoint.channel_versions[TASKS] = versions.length > 0 ? maxChannelVersion(...versions) : this.getNextVersion(undefined);
    }
    const pendingWrites: CheckpointPendingWrite[] = await Promise.all(
      this.ordered(row.writes).map(async (w) => [w.taskId, w.channel, await this.serde.loadsTyped(w.type, decode(w.value))] as CheckpointPendingWrite),
    );
    const tuple: CheckpointTuple = {
      config: { configurable: { thread_id: row.threadId, checkpoint_ns: row.ns, checkpoint_id: row.checkpointId } },
      checkpoint,
      metadata: (await this.serde.loadsTyped("json", JSON.stringify(row.metadata))) as CheckpointMetadata,
      pendingWrites,
    };
    if (row.parentId) tuple.parentConfig = { configurable: { thread_id: row.threadId, checkpoint_ns: row.ns, checkpoint_id: row.parentId } };
    return tuple;
  }

  /** Writes in LangGraph's one order for a step's writes (task path, task id, index). */
  private ordered(writes: WriteRow[] | null): WriteRow[] {
    return [...(writes ?? [])].sort((a, b) => compareWritesSortKeys(writesSortKey(a.taskPath, a.taskId, a.idx), writesSortKey(b.taskPath, b.taskId, b.idx)));
  }
}

/** Statements deleting everything saved for a thread (for a caller's own batch; see deleteThread). */
export function forgetThreadSql(threadId: string): Prisma.Sql[] {
  return [
    Prisma.sql`DELETE FROM "GraphWrite" WHERE "threadId" = ${threadId}`,
    Prisma.sql`DELETE FROM "GraphBlob" WHERE "threadId" = ${threadId}`,
    Prisma.sql`DELETE FROM "GraphCheckpoint" WHERE "threadId" = ${threadId}`,
  ];
}

const globalForSaver = globalThis as unknown as { __checkpointSaver?: AppCheckpointSaver };

/** The process's saver (stateless apart from held threads, so one serves every database handle). */
export function getCheckpointer(): AppCheckpointSaver {
  globalForSaver.__checkpointSaver ??= new AppCheckpointSaver();
  return globalForSaver.__checkpointSaver;
}
