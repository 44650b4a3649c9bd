import "server-only";
// One compiled interviewer graph per process, over the persistent checkpointer, plus
// the run-time context its nodes need. Tests override the model with setEngineModel().
import { buildInterviewGraph, type InterviewGraph } from "@/graph";
import type { InterviewContext } from "@/graph/context";
import { DEFAULT_TURN_BUDGET_MS, type InterviewModel } from "@/lib/interview/types";
import { getCheckpointer } from "@/lib/db/checkpointer";
import { getOpenDb } from "@/lib/db/client";
import { interviewStore } from "@/lib/db/queries/interviews";
import { StepDeadline } from "@/lib/llm/deadline";
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

export function engineModel(): InterviewModel | null {
  return globalForEngine.__engineModel !== undefined ? globalForEngine.__engineModel : modelFromEnv();
}

/** Streaming listeners for one run: the reply's text as it comes, and a reset when it is void. */
export type StreamListeners = { onToken?: (text: string) => void; onReset?: () => void };

/** A fresh context per run of the graph: each step gets its own deadline. */
export function interviewContext(listeners: StreamListeners = {}): InterviewContext {
  const model = engineModel();
  return { store: interviewStore, model, ...listeners, deadline: new StepDeadline(model?.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS) };
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
export function runOptions(sessionId: string, listeners: StreamListeners = {}) {
  return { ...threadConfig(sessionId), context: interviewContext(listeners), durability: "exit" as const };
}
