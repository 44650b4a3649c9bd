// The interview's state, checkpointed after every step (thread_id = interview session id).
import { Annotation } from "@langchain/langgraph";
import type { Evaluation } from "@/lib/grading/types";
import type { Difficulty } from "@/lib/domain";

export const MAX_TURNS = 8;
export const SUMMARY_EVERY = 4;

export type PlannedQuestion = { id: string; text: string; difficulty: Difficulty; referenceAnswer: string | null; keyPoints: string[] };

export type CurrentTurn = {
  index: number;
  kind: "MAIN" | "FOLLOW_UP";
  /** The bank question this turn is about (a follow-up shares its main question's). */
  question: PlannedQuestion;
  /** What the student was asked, word for word. */
  text: string;
};

export type TurnResult = { index: number; kind: "MAIN" | "FOLLOW_UP"; questionId: string; questionText: string; answer: string; evaluation: Evaluation; grader: string };

export type Exchange = { question: string; answer: string; verdict: Evaluation["verdict"] };

export type ReportQuestion = {
  index: number;
  kind: "MAIN" | "FOLLOW_UP";
  question: string;
  answer: string;
  verdict: Evaluation["verdict"];
  score: number;
  covered: Evaluation["covered"];
  missed: string[];
  feedback: string;
  modelAnswer: string;
  /** Who graded it: "offline", "model:<name>" or "offline (model <reason>)". Absent in reports saved before it was recorded. */
  grader?: string;
  /** Set when the instructor changed this grade. */
  override?: { reason: string; previousVerdict: Evaluation["verdict"]; previousScore: number };
};

export type Report = {
  overallScore: number;
  dimensions: { relevance: number; accuracy: number; depth: number; clarity: number };
  strengths: string[];
  weaknesses: string[];
  actionPlan: string[];
  questions: ReportQuestion[];
  endedEarly: boolean;
  generatedBy: string;
  /** Main questions the interview had planned (absent in older reports). */
  planned?: number;
  /** The planned questions never asked because the interview ended early, in order. */
  notReached?: string[];
  /** The strengths, weaknesses and plan were recomputed after an instructor changed a grade. */
  updatedAfterOverride?: boolean;
};

/** What the student sends when resuming the graph at the answer interrupt. */
export type ResumeValue = { answer: string } | { end: true };

/** What the graph shows while it waits for an answer. */
export type AnswerRequest = { turn: number; kind: CurrentTurn["kind"]; question: string };

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
