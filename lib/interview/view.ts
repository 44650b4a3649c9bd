// What the UI gets for a session, read from the plain tables (never from checkpoints).
import { type Report, MAX_TURNS } from "@/lib/interview/types";
import type { SessionWithTurns } from "@/lib/db/queries/interviews";
import type { Difficulty, QuestionKind } from "@/lib/domain";
import { readSetup, type StoredSetup } from "@/lib/job-practice/stored-setup";
import { type AnswerDelivery, answerDelivery } from "@/lib/speech/answer-delivery";
import { spokenIn } from "@/lib/speech/spoken";
import type { PublicCodeSpec } from "@/lib/code/types";
import { type AnsweredCode, answeredCode, pendingCode } from "@/lib/questions/code/report";
import { type InterviewSourceId, type SourceLabels, sourceOf } from "./sources";

export type InterviewView = {
  sessionId: string;
  source: InterviewSourceId;
  /** The class topic's id (null for job practice). */
  topicId: string | null;
  /** The topic's or role's name (labels.title). */
  topicName: string;
  labels: SourceLabels;
  /** Job practice: what the student chose ("practise again" repeats it); null for class interviews. */
  setup: StoredSetup | null;
  status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED";
  /** An assignment's attempt started after its due date (the report says so). */
  lateAttempt: boolean;
  /** A class interview's turn limit: the progress line's fallback for interviews started before questionCount was kept. */
  maxTurns: number;
  /** Main questions planned, when known ("question 2 of 5"); follow-ups are not counted. */
  questionCount: number | null;
  /** Main questions asked so far (the current one included). */
  mainAsked: number;
  /** "Question 2 of 5" (follow-ups belong to their main question). */
  progressLabel: string;
  turnsAnswered: number;
  /** The question waiting for an answer; null while grading, preparing, or after the end. */
  pending: {
    turn: number;
    kind: "MAIN" | "FOLLOW_UP";
    question: string;
    questionKind: QuestionKind;
    difficulty: Difficulty | null;
    /** A coding turn's editor spec (visible tests only); null for any other turn. */
    code: PublicCodeSpec | null;
  } | null;
  /** An answer was received and is being graded. */
  processing: boolean;
  /** The student ended the interview and the report is being written: no more answers. */
  ending: boolean;
  /** Brief feedback on the last answer, only when the instructor enabled it for the topic. */
  lastFeedback: { turn: number; verdict: string; score: number; feedback: string } | null;
  overallScore: number | null;
  report: Report | null;
  /** Delivery feedback in the report, by turn index: timing and fillers for spoken answers, key terms and length for typed ones. */
  delivery: Record<number, AnswerDelivery>;
  /** Coding answers in the report, by turn index: the code, the server's test results, the reference solution. */
  code: Record<number, AnsweredCode>;
};

/** Delivery feedback for each answer the report covers, spoken ones with the timing kept with the answer. */
function deliveryOf(turns: SessionWithTurns["turns"], report: Report | null): Record<number, AnswerDelivery> {
  const out: Record<number, AnswerDelivery> = {};
  if (!report) return out;
  const byIndex = new Map(turns.map((t) => [t.index, t]));
  for (const q of report.questions) {
    const turn = byIndex.get(q.index);
    const spoken = spokenIn(turn?.answerExtra);
    out[q.index] = answerDelivery({ text: q.answer, spoken: spoken ?? undefined, questionKind: q.questionKind ?? "CONCEPT", modelAnswer: q.modelAnswer });
  }
  return out;
}

export function toView(session: SessionWithTurns): InterviewView {
  const turns = session.turns;
  const answered = turns.filter((t) => t.verdict !== null);
  const lastTurn = turns[turns.length - 1];
  const open = session.status === "IN_PROGRESS";
  const ending = open && session.endRequestedAt !== null;
  const pending =
    open && !ending && lastTurn && lastTurn.answerText === null
      ? {
          turn: lastTurn.index,
          kind: lastTurn.kind,
          question: lastTurn.questionText,
          questionKind: lastTurn.questionKind,
          difficulty: lastTurn.difficulty,
          code: pendingCode(lastTurn),
        }
      : null;
  // Feedback after each answer is a class setting; job practice keeps grades for the report, like a real interview.
  const showFeedback = session.topic ? (session.topic.showFeedback ?? session.topic.batch.showFeedback) : false;
  const lastEvaluated = answered[answered.length - 1];
  const source = sourceOf(session.source);
  const labels = source.labels(session);
  const mainAsked = turns.filter((t) => t.kind === "MAIN").length;
  return {
    sessionId: session.id,
    lateAttempt: session.assignmentId !== null && session.late,
    source: session.source,
    topicId: session.topicId,
    topicName: labels.title,
    labels,
    setup: readSetup(session.setup),
    status: session.status,
    maxTurns: MAX_TURNS,
    questionCount: session.questionCount,
    mainAsked,
    progressLabel: source.progressLabel(Math.max(1, mainAsked), session.questionCount),
    turnsAnswered: answered.length,
    pending,
    processing: open && !!lastTurn && lastTurn.answerText !== null && lastTurn.verdict === null,
    ending,
    lastFeedback:
      showFeedback && lastEvaluated
        ? { turn: lastEvaluated.index, verdict: lastEvaluated.verdict!, score: lastEvaluated.score ?? 0, feedback: lastEvaluated.feedback ?? "" }
        : null,
    overallScore: session.overallScore,
    report: (session.report as Report | null) ?? null,
    delivery: deliveryOf(turns, (session.report as Report | null) ?? null),
    code: session.report ? answeredCode(turns) : {},
  };
}
