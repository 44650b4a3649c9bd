import "server-only";
// One compiled interviewer graph per process, over the persistent checkpointer, plus
// the run-time context its nodes need. Tests override the model with setEngineModel().
import { buildInterviewGraph, type InterviewGraph } from "@/graph";
import type { InterviewContext, InterviewModel } from "@/graph/context";
import { getCheckpointer } from "@/lib/db/checkpointer";
import { getOpenDb } from "@/lib/db/client";
import { interviewStore } from "@/lib/db/queries/interviews";
import { modelFromEnv } from "@/lib/llm/model";

const globalForEngine = globalThis as unknown as { __interviewGraph?: { key: object; graph: Promise<InterviewGraph> }; __engineModel?: InterviewModel | null };

export async function getInterviewGraph(): Promise<InterviewGraph> {
  const db = await getOpenDb(); // the graph is tied to this process's database handle
  const cached = globalForEngine.__interviewGraph;
  if (cached && cached.key === db) return cached.graph;
  const graph = getCheckpointer().then(buildInterviewGraph);
  globalForEngine.__interviewGraph = { key: db, graph };
  return graph;
}

/** Tests and benchmarks: use this model (or null for offline) instead of the environment's. */
export function setEngineModel(model: InterviewModel | null | undefined): void {
  globalForEngine.__engineModel = model;
}

export function interviewContext(onToken?: (text: string) => void): InterviewContext {
  const model = globalForEngine.__engineModel !== undefined ? globalForEngine.__engineModel : modelFromEnv();
  return { store: interviewStore, model, onToken };
}

export function threadConfig(sessionId: string) {
  return { configurable: { thread_id: sessionId } };
}

/**
 * Options for one run of the graph on this session. Checkpoints are written when the run
 * pauses for the next answer or ends ("exit"), not after every step: one write per turn
 * instead of four. A crash mid-run loses nothing — the answer is already claimed in the
 * turns table and the session is re-driven from the previous pause (service.ensureProgress).
 */
export function runOptions(sessionId: string, onToken?: (text: string) => void) {
  return { ...threadConfig(sessionId), context: interviewContext(onToken), durability: "exit" as const };
}
