// Pure routing: which node runs next, decided from state alone.
import { mainVerdicts, nextLevel, pickAtLevel } from "@/lib/interview/adaptive";
import type { PlannedQuestion } from "@/lib/interview/types";
import { MAX_TURNS, SUMMARY_EVERY, type InterviewStateType } from "./state";

/** The next main question: the plan's next one, or (adaptive) the first unasked one at the level the verdicts lead to. */
export function nextPlannedQuestion(state: InterviewStateType): PlannedQuestion | null {
  if (!state.adaptive) return state.plan[state.nextPlanIndex] ?? null;
  const kind = state.kindSchedule[state.nextPlanIndex];
  return pickAtLevel(state.plan, new Set(state.askedIds), nextLevel(state.startLevel, mainVerdicts(state.results, kind)), kind);
}

export function routeAfterAnswer(state: InterviewStateType): "evaluate_answer" | "generate_report" {
  return state.endRequested ? "generate_report" : "evaluate_answer";
}

/** Main questions still to ask: the plan's remainder, or an adaptive interview's count. */
function questionsLeft(state: InterviewStateType): boolean {
  const target = state.mainQuestions || state.plan.length;
  return state.nextPlanIndex < target && nextPlannedQuestion(state) !== null;
}

/** After an evaluation (and again after a summary): follow up, summarize, ask, or finish. */
export function routeNext(state: InterviewStateType): "counter_question" | "summarize" | "ask_question" | "generate_report" {
  const turns = state.results.length;
  if (turns >= (state.maxTurns || MAX_TURNS)) return "generate_report";
  const lastResult = state.results[turns - 1];
  const needsFollowUp = lastResult?.kind === "MAIN" && lastResult.evaluation.verdict === "shallow";
  if (!needsFollowUp && !questionsLeft(state)) return "generate_report";
  if (state.history.length >= SUMMARY_EVERY) return "summarize";
  return needsFollowUp ? "counter_question" : "ask_question";
}
