// Drives the interviewer graph turn by turn the way the service does, for graph tests.
import { Command, MemorySaver } from "@langchain/langgraph";
import { buildInterviewGraph } from "@/graph";
import type { InterviewContext } from "@/graph/context";
import type { AnswerRequest, PlannedQuestion } from "@/graph/state";
import type { InterviewStart } from "@/lib/interview/types";
import { DEMO_TOPICS } from "../../prisma/seed-data";
import { MemoryStore } from "./memory-store";

/** The demo "Data structures" bank as planned questions (8, easy → hard). */
export function demoPlan(count = 8): PlannedQuestion[] {
  const order = { EASY: 0, MEDIUM: 1, HARD: 2 };
  return DEMO_TOPICS[0]!.questions
    .map((q, i) => ({ id: `q${i}`, text: q.text, difficulty: q.difficulty, referenceAnswer: q.referenceAnswer, keyPoints: q.keyPoints }))
    .sort((a, b) => order[a.difficulty] - order[b.difficulty])
    .slice(0, count);
}

export async function runInterview(options: {
  plan?: PlannedQuestion[];
  model?: InterviewContext["model"];
  answer: (request: AnswerRequest, question: PlannedQuestion | undefined) => string | { end: true };
  sessionId?: string;
  /** More of the graph's start (adaptive, kindSchedule, mainQuestions, generatePlan…). */
  start?: Partial<InterviewStart>;
  /** Lines a model may plan from, given to the first run only (as the service does), never in state. */
  planContext?: string[];
}) {
  const store = new MemoryStore();
  const graph = buildInterviewGraph(new MemorySaver());
  const plan = options.plan ?? demoPlan();
  const sessionId = options.sessionId ?? "s1";
  // A fresh context per invoke, as the app does: each step has its own deadline.
  const context = (): InterviewContext => ({ store, model: options.model ?? null, retryBackoffMs: 0 });
  const config = { configurable: { thread_id: sessionId } };
  const first = options.planContext ? { ...context(), planContext: options.planContext } : context();
  let state = await graph.invoke({ sessionId, topicName: "Data structures", plan, ...options.start }, { ...config, context: first });
  const requests: AnswerRequest[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const snapshot = await graph.getState(config);
    const request = snapshot.tasks.flatMap((t) => t.interrupts)[0]?.value as AnswerRequest | undefined;
    if (!request) break;
    requests.push(request);
    const current = snapshot.values.current;
    const reply = options.answer(request, current?.question);
    state = await graph.invoke(new Command({ resume: typeof reply === "string" ? { answer: { text: reply } } : reply }), { ...config, context: context() });
  }
  return { state, store, requests, graph, config };
}
