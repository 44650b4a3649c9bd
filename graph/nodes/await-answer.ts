// await_answer: pauses the graph until the student answers (or ends the interview).
// Kept free of side effects: LangGraph re-runs this node from the top on resume.
import { interrupt } from "@langchain/langgraph";
import { clipToTokens } from "@/lib/llm/tokens";
import type { AnswerRequest, InterviewStateType, InterviewUpdate, ResumeValue } from "../state";

/** Very long answers are clipped so every later prompt stays within budget. */
export const MAX_ANSWER_TOKENS = 600;

export function awaitAnswer(state: InterviewStateType): InterviewUpdate {
  const current = state.current;
  if (!current) throw new Error("await_answer reached without a current question");
  const request: AnswerRequest = { turn: current.index, kind: current.kind, question: current.text };
  const resume = interrupt<AnswerRequest, ResumeValue>(request);
  if ("end" in resume) return { endRequested: true };
  // A plain string is what servers before typed answers sent (a checkpoint resumed across an upgrade).
  const answer = typeof resume.answer === "string" ? { text: resume.answer as string } : resume.answer;
  return { answer: { ...answer, text: clipToTokens(answer.text, MAX_ANSWER_TOKENS) } };
}
