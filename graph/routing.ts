// Pure routing: which node runs next, decided from state alone.
import { MAX_TURNS, SUMMARY_EVERY, type InterviewStateType } from "./state";

export function routeAfterAnswer(state: InterviewStateType): "evaluate_answer" | "generate_report" {
  return state.endRequested ? "generate_report" : "evaluate_answer";
}

/** After an evaluation (and again after a summary): follow up, summarize, ask, or finish. */
export function routeNext(state: InterviewStateType): "counter_question" | "summarize" | "ask_question" | "generate_report" {
  const turns = state.results.length;
  if (turns >= MAX_TURNS) return "generate_report";
  const lastResult = state.results[turns - 1];
  const needsFollowUp = lastResult?.kind === "MAIN" && lastResult.evaluation.verdict === "shallow";
  const bankExhausted = state.nextPlanIndex >= state.plan.length;
  if (!needsFollowUp && bankExhausted) return "generate_report";
  if (state.history.length >= SUMMARY_EVERY) return "summarize";
  return needsFollowUp ? "counter_question" : "ask_question";
}
