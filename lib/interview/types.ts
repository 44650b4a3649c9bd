// The interview's domain types, shared by the interviewer graph (graph/), the service and
// data layer (lib/) and the pages: what is planned, asked, answered, graded and reported.
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Command, StateSnapshot } from "@langchain/langgraph";
import type { CodeSpec } from "@/lib/code/types";
import type { Difficulty, Answer, QuestionKind } from "@/lib/domain";
import type { Idf } from "@/lib/grading/features";
import type { QuestionBasis } from "@/lib/job-practice/basis";
import type { Evaluation, GradingExample } from "@/lib/grading/types";
import type { CallKind } from "@/lib/llm/call-kinds";
import type { CircuitBreaker } from "@/lib/llm/circuit-breaker";
import type { JsonModeState } from "@/lib/llm/json-mode";
import type { StepDeadline } from "@/lib/llm/deadline";

export type { QuestionBasis } from "@/lib/job-practice/basis";

export const MAX_TURNS = 8;

export type PlannedQuestion = {
  /** Unique within the plan; what `origin` says it refers to. */
  id: string;
  text: string;
  difficulty: Difficulty;
  referenceAnswer: string | null;
  keyPoints: string[];
  /** How it is graded and shown (lib/questions/<kind>/); absent in plans saved before kinds: CONCEPT. */
  kind?: QuestionKind;
  /** `id` is a class bank's Question row (absent: the same), a built-in job-practice bank id, or a question the model wrote for this interview. */
  origin?: "question" | "bank" | "generated";
  /** Loop rounds: what in the candidate's resume or job description the question was chosen for. */
  basis?: QuestionBasis;
  /** CODE questions: languages, starter code, tests (hidden ones too), solutions, limits. */
  code?: CodeSpec;
};

export type CurrentTurn = {
  index: number;
  kind: "MAIN" | "FOLLOW_UP";
  /** The bank question this turn is about (a follow-up shares its main question's). */
  question: PlannedQuestion;
  /** What the student was asked, word for word. */
  text: string;
};

export type TurnResult = {
  index: number;
  kind: "MAIN" | "FOLLOW_UP";
  questionId: string;
  questionText: string;
  answer: string;
  evaluation: Evaluation;
  grader: string;
  /** The question's difficulty when asked (absent in results saved before it was recorded). */
  difficulty?: Difficulty;
  /** The question's kind (absent: concept, as before kinds existed). */
  questionKind?: QuestionKind;
};

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
  difficulty?: Difficulty;
  questionKind?: QuestionKind;
  /** Behavioural answers: which parts of the story (STAR) were there, and one nudge. */
  star?: Evaluation["star"];
  /** Tailored questions: what in the resume or job description it was asked about. */
  basis?: QuestionBasis;
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
  /** Adaptive interviews: each main question's difficulty, in order. */
  difficultyPath?: Difficulty[];
};

/** What the student sends when resuming the graph at the answer interrupt. */
export type ResumeValue = { answer: Answer } | { end: true };

/** What the graph shows while it waits for an answer. */
export type AnswerRequest = { turn: number; kind: CurrentTurn["kind"]; question: string };

export interface InterviewStore {
  /** Writes the asked question as a turn row (idempotent per session + index). */
  recordAskedTurn(turn: { sessionId: string; index: number; kind: "MAIN" | "FOLLOW_UP"; question: PlannedQuestion; questionText: string }): Promise<void>;
  /** Writes the answer's evaluation onto its turn row (first write wins). */
  recordEvaluation(turn: { sessionId: string; index: number; answer: Answer; evaluation: Evaluation; grader: string }): Promise<void>;
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

/** What starts an interview's graph: its plan and how to walk it. */
export type InterviewStart = {
  sessionId: string;
  /** Topic or role name, for prompts. */
  topicName: string;
  /** The language the model asks, follows up, gives feedback and writes the report in (default English). */
  language?: string;
  /** Class: the questions in order. Adaptive: a pool to choose from, covering several difficulties. */
  plan: PlannedQuestion[];
  /** Main questions to ask (default: the whole plan, at most MAX_TURNS turns in all). */
  mainQuestions?: number;
  /** Turns in all, follow-ups included (default MAX_TURNS). */
  maxTurns?: number;
  /** Pick each next main question by the last verdict, starting at `startLevel`. */
  adaptive?: boolean;
  startLevel?: Difficulty;
  /** The kind each main question should be, in order (adaptive picking keeps to it while the pool has one). */
  kindSchedule?: QuestionKind[];
  /** Job practice with a model: ask it for a plan for this role first (the bank plan is the fallback). */
  generatePlan?: PlanRequest;
};

/** What a model is asked to plan: the role and level, and for a loop's round its name and what it checks. */
export type PlanRequest = { role: string; seniority: string; focus: string; language: string; round?: { title: string; about: string } };

/** What nodes get at run time besides state: LangGraph's per-invoke `context`, never checkpointed. */
export type InterviewContext = {
  store: InterviewStore;
  /** null: offline mode (deterministic grader and templates). */
  model: InterviewModel | null;
  /** This step's deadline; one context per graph invoke. Created on first use when absent. */
  deadline?: StepDeadline;
  /** Receives the interviewer's text as the model generates it (streaming to the browser). */
  onToken?: (text: string) => void;
  /** Streamed text so far is void (a failed attempt): the listener drops it. */
  onReset?: () => void;
  /** Backoff base between model retries (tests use 0). */
  retryBackoffMs?: number;
  /** Word weights of the bank the interview draws on, for the offline grader (lib/interview/grading-idf.ts). */
  idf?: Idf;
  /** The instructor's graded answers to the question being answered (main questions only), for the grader to learn from. */
  examples?: GradingExample[];
  /**
   * Lines from the candidate's resume and job description a model may plan tailored questions
   * from. Here, never in state: the checkpoint is not encrypted, and this text must not outlive the loop.
   */
  planContext?: string[];
};

export type GraphRunOptions = { configurable: { thread_id: string }; context: InterviewContext; durability: "exit" | "async" | "sync" };

/** The compiled interviewer graph as lib/ uses it (graph/index.ts builds it; lib/interview/engine.ts is given the builder). */
export interface InterviewGraph {
  invoke(input: InterviewStart | Command | null, options: GraphRunOptions): Promise<{ current: CurrentTurn | null; report: Report | null }>;
  getState(config: { configurable: { thread_id: string } }): Promise<StateSnapshot>;
}
