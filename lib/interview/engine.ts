import "server-only";
// One compiled interviewer graph per process, over the persistent checkpointer, plus
// the run-time context its nodes need. Tests override the model with setEngineModel().
// lib/ does not import graph/ (layers point one way): the composition roots — the server's
// instrumentation, the test setup, the benchmarks — hand the graph's builder to
// provideGraphBuilder() at start-up.
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { DEFAULT_TURN_BUDGET_MS, type InterviewContext, type InterviewGraph, type InterviewModel, type InterviewStore } from "@/lib/interview/types";
import { getCheckpointer } from "@/lib/db/checkpointer";
import type { Idf } from "@/lib/grading/features";
import type { GradingExample } from "@/lib/grading/types";
import { getOpenDb } from "@/lib/db/client";
import { StepDeadline } from "@/lib/llm/deadline";
import { modelFromEnv } from "@/lib/llm/model";

export type GraphBuilder = (checkpointer: BaseCheckpointSaver) => InterviewGraph;

// On globalThis: Next.js bundles instrumentation and the route handlers separately, so a
// module-level variable set in one would not be seen by the other.
const globalForEngine = globalThis as unknown as {
  __interviewGraph?: { key: object; graph: Promise<InterviewGraph> };
  __engineModel?: InterviewModel | null;
  __graphBuilder?: GraphBuilder;
};

/** Called once per process by a composition root (instrumentation.ts, test setup, benchmarks). */
export function provideGraphBuilder(builder: GraphBuilder): void {
  globalForEngine.__graphBuilder = builder;
}

export async function getInterviewGraph(): Promise<InterviewGraph> {
  const build = globalForEngine.__graphBuilder;
  if (!build) throw new Error("the interviewer graph was not provided: call provideGraphBuilder(buildInterviewGraph) at start-up");
  const db = await getOpenDb(); // the graph is tied to this process's database handle
  const cached = globalForEngine.__interviewGraph;
  if (cached && cached.key === db) return cached.graph;
  const graph = Promise.resolve(build(getCheckpointer()));
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

/** What the grader is given besides the question: the bank's word weights, the instructor's graded examples for the question. */
export type GradingAids = { idf?: Idf; examples?: GradingExample[]; planContext?: string[] };

/** A fresh context per run of the graph: each step gets its own deadline. */
export function interviewContext(store: InterviewStore, listeners: StreamListeners = {}, aids: GradingAids = {}): InterviewContext {
  const model = engineModel();
  return { store, model, ...listeners, ...aids, deadline: new StepDeadline(model?.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS) };
}

export function threadConfig(sessionId: string) {
  return { configurable: { thread_id: sessionId } };
}

/**
 * Options for one run of the graph on this session, writing through `store`. Checkpoints are
 * written when the run pauses for the next answer or ends ("exit"), not after every step, and
 * the interview service commits that checkpoint with the store's writes in one statement
 * (lib/interview/steps.ts).
 */
export function runOptions(sessionId: string, store: InterviewStore, listeners: StreamListeners = {}, aids: GradingAids = {}) {
  return { ...threadConfig(sessionId), context: interviewContext(store, listeners, aids), durability: "exit" as const };
}
