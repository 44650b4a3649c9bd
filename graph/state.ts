// The interview's state, checkpointed after every step (thread_id = interview session id).
import { Annotation } from "@langchain/langgraph";

export const SUMMARY_EVERY = 4;

// The domain types live in lib/ (the service, data layer and pages use them too).
export { MAX_TURNS } from "@/lib/interview/types";
export type { PlannedQuestion, CurrentTurn, TurnResult, Exchange, ReportQuestion, Report, ResumeValue, AnswerRequest } from "@/lib/interview/types";
import type { PlannedQuestion, CurrentTurn, TurnResult, Exchange, Report } from "@/lib/interview/types";

const last = <T>(initial: T) => Annotation<T>({ reducer: (_prev, next) => next, default: () => initial });

export const InterviewState = Annotation.Root({
  /** The interview session id (also the thread id). */
  sessionId: last<string>(""),
  /** Topic name, for prompts. */
  topicName: last<string>(""),
  /** Bank questions chosen for this interview, easy → hard. */
  plan: last<PlannedQuestion[]>([]),
  /** How many planned questions have been asked. */
  nextPlanIndex: last<number>(0),
  /** The question waiting for (or just given) an answer. */
  current: last<CurrentTurn | null>(null),
  /** The latest answer, consumed by evaluate_answer. */
  answer: last<string | null>(null),
  /** Every evaluated turn, in order (compact; for routing and the report). */
  results: last<TurnResult[]>([]),
  /** Raw exchanges since the last summary; summarize folds them into `summary`. */
  history: last<Exchange[]>([]),
  /** Running summary of the interview so far, so prompts stay flat. */
  summary: last<string>(""),
  /** The student chose to end the interview. */
  endRequested: last<boolean>(false),
  /** The final report, once generated. */
  report: last<Report | null>(null),
});

export type InterviewStateType = typeof InterviewState.State;
export type InterviewUpdate = typeof InterviewState.Update;
