// The interview's domain types, shared by the interviewer graph (graph/), the service and
// data layer (lib/) and the pages: what is planned, asked, answered, graded and reported.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Difficulty } from "@/lib/domain";
import type { Evaluation } from "@/lib/grading/types";
import type { CallKind } from "@/lib/llm/call-kinds";
import type { CircuitBreaker } from "@/lib/llm/circuit-breaker";
import type { JsonModeState } from "@/lib/llm/json-mode";

export const MAX_TURNS = 8;

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

export interface InterviewStore {
  /** Writes the asked question as a turn row (idempotent per session + index). */
  recordAskedTurn(turn: { sessionId: string; index: number; kind: "MAIN" | "FOLLOW_UP"; questionId: string; questionText: string }): Promise<void>;
  /** Writes the answer's evaluation onto its turn row (first write wins). */
  recordEvaluation(turn: { sessionId: string; index: number; answer: string; evaluation: Evaluation; grader: string }): Promise<void>;
  /** Completes the session with its report. */
  saveReport(sessionId: string, report: Report): Promise<void>;
}

/** The model the interviewer uses (lib/llm/model.ts builds it from the environment). */
export type InterviewModel = {
  model: BaseChatModel;
  name: string;
  /** Cap for one attempt of one call. */
  timeoutMs: number;
  /** Deadline for a whole step (default DEFAULT_TURN_BUDGET_MS). */
  turnBudgetMs?: number;
  /** A client per call kind (with its output cap); default: `model` for all. */
  forKind?: (kind: CallKind) => BaseChatModel;
  /** How to ask for JSON (default: instructions only). */
  json?: JsonModeState;
  breaker?: CircuitBreaker;
};

export const DEFAULT_TURN_BUDGET_MS = 30_000;
