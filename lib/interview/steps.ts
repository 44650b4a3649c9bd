import "server-only";
// Running the interviewer graph on one session. Each run's writes (graded answer, next question,
// report) and its checkpoint reach the database together, as one statement, after the run: one
// round trip per step, and a run that fails or a server that dies mid-step writes nothing — the
// claimed answer is simply graded again (service.ensureProgress).
import { Command } from "@langchain/langgraph";
import { INTERRUPT } from "@langchain/langgraph-checkpoint";
import type { CheckpointTuple } from "@langchain/langgraph-checkpoint";
import { getCheckpointer, type StoredTuple } from "@/lib/db/checkpointer";
import { type BankKey, examplesForTurn, type GradingInputs, getTurnAnswer, type SessionWithTurns } from "@/lib/db/queries/interviews";
import { StepWrites } from "@/lib/db/queries/interview-steps";
import { notifyReportReady } from "@/lib/email/report-ready";
import { timed } from "@/lib/timing";
import { getInterviewGraph, runOptions, type StreamListeners, threadConfig } from "./engine";
import { idfForBank } from "./grading-idf";
import type { AnswerRequest, InterviewStore, ResumeValue } from "./types";
import { sourceOf } from "./sources";

const inFlight = new Set<string>();

/** A step of this session is running in this process (another request must not start one). */
export const stepRunning = (sessionId: string) => inFlight.has(sessionId);

/**
 * One run of the graph on a session, writing through the store it is given; the writes and the
 * checkpoint are committed together when the run is done, and the session comes back as they left
 * it (null when a step of this session was already running here). `latest`: the session's
 * checkpoint when the caller already read it (null: none yet); undefined lets the graph read it.
 */
async function runStep(sessionId: string, latest: CheckpointTuple | null | undefined, run: (store: InterviewStore) => Promise<unknown>): Promise<SessionWithTurns | null> {
  // Another request of this process is already moving this session on (two tabs reading a session
  // a crash left mid-step): it will, once; this one reads the session instead (null).
  if (inFlight.has(sessionId)) return null;
  const saver = getCheckpointer();
  const writes = new StepWrites(sessionId);
  saver.hold(sessionId, latest);
  inFlight.add(sessionId);
  try {
    await run(writes);
    const { reportSaved, session } = await timed("commit", () => writes.commit(saver.release(sessionId)));
    if (reportSaved) notifyReportReady(sessionId); // "your report is ready": once, in the background
    return session;
  } finally {
    saver.release(sessionId);
    inFlight.delete(sessionId);
  }
}

/** Runs the graph's first step on a session that has no checkpoint yet: its source plans it, then the first question is asked. */
export async function startGraph(session: SessionWithTurns, withModel: boolean, listeners?: StreamListeners): Promise<SessionWithTurns | null> {
  const { planContext, ...start } = await sourceOf(session.source).plan(session, { withModel });
  const graph = await getInterviewGraph();
  return runStep(session.id, null, (store) => graph.invoke({ sessionId: session.id, ...start }, runOptions(session.id, store, listeners, { planContext })));
}

/** Resumes the graph with an answer (graded with the word weights of its bank and the instructor's examples) or the end. */
export async function resume(
  sessionId: string,
  value: ResumeValue,
  listeners?: StreamListeners,
  grading?: GradingInputs,
  latest?: CheckpointTuple | null,
): Promise<SessionWithTurns | null> {
  const graph = await getInterviewGraph();
  const aids = grading ? { idf: await idfForBank(grading), examples: grading.examples } : {};
  return runStep(sessionId, latest, (store) => graph.invoke(new Command({ resume: value }), runOptions(sessionId, store, listeners, aids)));
}

/** The session's latest checkpoint, for a caller that decides what to run from it (and then runs from exactly it). */
export async function latestCheckpoint(sessionId: string): Promise<CheckpointTuple | null> {
  return (await getCheckpointer().getTuple(threadConfig(sessionId))) ?? null;
}

/** The turn a checkpoint waits for an answer to (its interrupt), if any. */
export function waitingTurn(tuple: CheckpointTuple | null | undefined): number | null {
  for (const [, channel, value] of tuple?.pendingWrites ?? []) {
    if (channel !== INTERRUPT) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      const request = (item as { value?: AnswerRequest } | null)?.value;
      if (typeof request?.turn === "number") return request.turn;
    }
  }
  return null;
}

/**
 * Before turn `turn`'s answer goes to the graph: a checkpoint waiting at an earlier turn (left by
 * a server of an older version, which wrote turn rows before its checkpoint) gets the stored
 * answers of the turns in between replayed, so every answer reaches the question it was given
 * to. `stored`: the checkpoint read with the claim. Returns the checkpoint to resume from
 * (undefined after a replay: the graph reads the new one).
 */
export async function catchUpCheckpoint(sessionId: string, turn: number, bank: BankKey, stored: StoredTuple | null): Promise<CheckpointTuple | null | undefined> {
  const latest = await getCheckpointer().readTuple(stored);
  if (waitingTurn(latest) === turn) return latest ?? null; // the usual case: nothing more to read
  for (let guard = 0; guard < 20; guard++) {
    const current = await latestCheckpoint(sessionId);
    const waiting = waitingTurn(current);
    if (waiting === null || waiting >= turn) return undefined;
    const answered = await getTurnAnswer(sessionId, waiting);
    if (!answered?.answer) return undefined; // nothing to replay: leave it to the normal path
    console.warn(`[interview ${sessionId}] checkpoint behind the turns table (waiting at ${waiting}, answer for ${turn}): replaying`);
    // From exactly the checkpoint inspected: a run that moved it on meanwhile must not get this answer for a later turn.
    await resume(sessionId, { answer: answered.answer }, undefined, { ...bank, examples: await examplesForTurn(sessionId, waiting) }, current);
  }
  return undefined;
}

/** Continues a run that stopped between two pauses (no interrupt waiting, steps left). */
export async function continueRun(sessionId: string): Promise<SessionWithTurns | null> {
  const graph = await getInterviewGraph();
  return runStep(sessionId, undefined, (store) => graph.invoke(null, runOptions(sessionId, store)));
}
