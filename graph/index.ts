// The interviewer graph:
//   plan_interview → ask_question → await_answer ─(end)→ generate_report
//                       └→ evaluate_answer → counter_question | summarize | ask_question | generate_report
// compiled with a persistent checkpointer, so any process can resume a thread.
import { type BaseCheckpointSaver, END, START, StateGraph } from "@langchain/langgraph";
import { askQuestion } from "./nodes/ask-question";
import { awaitAnswer } from "./nodes/await-answer";
import { counterQuestion } from "./nodes/counter-question";
import { evaluateAnswer } from "./nodes/evaluate-answer";
import { generateReport } from "./nodes/generate-report";
import { planInterview } from "./nodes/plan-interview";
import { summarize } from "./nodes/summarize";
import { routeAfterAnswer, routeNext } from "./routing";
import { InterviewState } from "./state";
import type { InterviewGraph } from "@/lib/interview/types";

export function buildInterviewGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(InterviewState)
    .addNode("plan_interview", planInterview)
    .addNode("ask_question", askQuestion)
    .addNode("await_answer", awaitAnswer)
    .addNode("evaluate_answer", evaluateAnswer)
    .addNode("counter_question", counterQuestion)
    .addNode("summarize", summarize)
    .addNode("generate_report", generateReport)
    .addEdge(START, "plan_interview")
    .addEdge("plan_interview", "ask_question")
    .addEdge("ask_question", "await_answer")
    .addEdge("counter_question", "await_answer")
    .addConditionalEdges("await_answer", routeAfterAnswer, ["evaluate_answer", "generate_report"])
    .addConditionalEdges("evaluate_answer", routeNext, ["counter_question", "summarize", "ask_question", "generate_report"])
    .addConditionalEdges("summarize", routeNext, ["counter_question", "ask_question", "generate_report"])
    .addEdge("generate_report", END)
    .compile({ checkpointer });
}

export type CompiledInterviewGraph = ReturnType<typeof buildInterviewGraph>;

/**
 * The builder the composition roots hand to lib/interview/engine.ts: the same graph, typed as
 * lib/ drives it (InterviewGraph). LangGraph types a resume Command by this graph's node
 * names, which lib/ does not know and does not need to.
 */
export const interviewGraphBuilder = (checkpointer: BaseCheckpointSaver): InterviewGraph => buildInterviewGraph(checkpointer) as unknown as InterviewGraph;
