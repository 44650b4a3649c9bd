// An instance upgraded from the version that kept checkpoints in LangGraph's PostgresSaver tables:
// an interview open at the upgrade carries on where it was, on the app's own tables.
import { PostgresSaver } from "@langchain/langgraph-checkpoint-postgres";
import type pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { getCheckpointer } from "@/lib/db/checkpointer";
import { getDb, getOpenDb } from "@/lib/db/client";
import { carryOverLegacyCheckpoints, LEGACY_CHECKPOINT_SCHEMA } from "@/lib/db/legacy-checkpoints";
import type { OpenDb } from "@/lib/db/open";
import { addQuestions } from "@/lib/db/queries/topics";
import { setEngineModel } from "@/lib/interview/engine";
import { startInterview, submitAnswer } from "@/lib/interview/service";
import { DEMO_TOPICS } from "../../../prisma/seed-data";
import { makeBatchWithTopic } from "../../support/factories";

const BANK = DEMO_TOPICS[0]!.questions;
const reference = (question: string) => BANK.find((q) => q.text === question)?.referenceAnswer ?? "I am not sure.";

/** What PostgresSaver needs of a pg.Pool, over either database (one client at a time is enough here). */
function poolOf(db: OpenDb): pg.Pool {
  const query = async (text: string, params?: unknown[]) =>
    db.pglite ? { rows: (await db.pglite.query<Record<string, unknown>>(text, params)).rows } : db.pgPool!.query(text, params);
  return { query, connect: async () => ({ query, release: () => {} }) } as unknown as pg.Pool;
}

beforeAll(() => setEngineModel(null));

describe("checkpoints kept by the previous version", () => {
  it("is a no-op on a database that never had them", async () => {
    expect(await carryOverLegacyCheckpoints(await getOpenDb())).toBe(0);
  });

  it("are carried over once for open interviews, which then finish with every answer in place", async () => {
    const { student, topic } = await makeBatchWithTopic();
    await addQuestions(topic.id, BANK);
    let view = (await startInterview(student, { source: "CLASS_TOPIC", topicId: topic.id })).view;
    view = await submitAnswer(student, view.sessionId, 0, { text: reference(view.pending!.question) });
    const waitingAt = view.pending!;

    // Make the database look like the previous version's: the same checkpoint, in the old tables only.
    const open = await getOpenDb();
    const legacy = new PostgresSaver(poolOf(open), undefined, { schema: LEGACY_CHECKPOINT_SCHEMA });
    await legacy.setup();
    const saver = getCheckpointer();
    const tuple = (await saver.getTuple({ configurable: { thread_id: view.sessionId } }))!;
    const saved = await legacy.put(
      { configurable: { thread_id: view.sessionId, checkpoint_ns: "", checkpoint_id: tuple.parentConfig?.configurable?.checkpoint_id } },
      tuple.checkpoint,
      tuple.metadata!,
      tuple.checkpoint.channel_versions,
    );
    for (const [taskId, channel, value] of tuple.pendingWrites ?? []) await legacy.putWrites(saved, [[channel, value]], taskId);
    await saver.deleteThread(view.sessionId);
    expect(await saver.getTuple({ configurable: { thread_id: view.sessionId } })).toBeUndefined();

    expect(await carryOverLegacyCheckpoints(open)).toBe(1);
    expect(await carryOverLegacyCheckpoints(open)).toBe(0); // once

    const carried = (await saver.getTuple({ configurable: { thread_id: view.sessionId } }))!;
    expect(carried.checkpoint.channel_values).toEqual(tuple.checkpoint.channel_values);
    view = await submitAnswer(student, view.sessionId, waitingAt.turn, { text: reference(waitingAt.question) });
    while (view.pending) view = await submitAnswer(student, view.sessionId, view.pending.turn, { text: reference(view.pending.question) });
    expect(view).toMatchObject({ status: "COMPLETED", turnsAnswered: 8 });
    const answers = await (await getDb()).turn.findMany({ where: { sessionId: view.sessionId }, orderBy: { index: "asc" }, select: { answerText: true } });
    expect(answers.map((a) => a.answerText)).not.toContain(null);
  });
});
