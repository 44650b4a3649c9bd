// The interview's state, checkpointed after every step (thread_id = interview session id).
import { Annotation } from "@langchain/langgraph";

export const SUMMARY_EVERY = 4;

// The domain types live in lib/ (the service, data layer and pages use them too).
export { MAX_TURNS } from "@/lib/interview/types";
export type { PlannedQuestion, CurrentTurn, TurnResult, Exchange, ReportQuestion, Report, ResumeValue, AnswerRequest } from "@/lib/interview/types";
import type { Difficulty, Answer, QuestionKind } from "@/lib/domain";
import type { PlannedQuestion, CurrentTurn, TurnResult, Exchange, Report, InterviewStart } from "@/lib/interview/types";

const last = <T>(initial: T) => Annotation<T>({ reducer: (_prev, next) => next, default: () => initial });

export const InterviewState = Annotation.Root({
  /** The interview session id (also the thread id). */
  sessionId: last<string>(""),
  /** Topic name, for prompts. */
  topicName: last<string>(""),
  /** The interview's language for the model's words (job practice); empty means English. */
  language: last<string>(""),
  /** Questions chosen for this interview: in asking order (class), or a pool to pick from (adaptive). */
  plan: last<PlannedQuestion[]>([]),
  /** How many main questions have been asked. */
  nextPlanIndex: last<number>(0),
  /** Main questions to ask; 0 means the whole plan (interviews started before this field). */
  mainQuestions: last<number>(0),
  /** Turns in all, follow-ups included; 0 means MAX_TURNS. */
  maxTurns: last<number>(0),
  /** Pick each next main question by the last verdict (lib/interview/adaptive.ts) instead of plan order. */
  adaptive: last<boolean>(false),
  /** The level an adaptive interview starts at. */
  startLevel: last<Difficulty>("EASY"),
  /** The kind each main question should be, in order (empty: any). */
  kindSchedule: last<QuestionKind[]>([]),
  /** Ids of the main questions asked so far (adaptive picking skips them). */
  askedIds: last<string[]>([]),
  /** Job practice with a model: what to ask it to plan for; null once planned (or offline). */
  generatePlan: last<InterviewStart["generatePlan"] | null>(null),
  /** The question waiting for (or just given) an answer. */
  current: last<CurrentTurn | null>(null),
  /** The latest answer, consumed by evaluate_answer. */
  answer: last<Answer | null>(null),
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
