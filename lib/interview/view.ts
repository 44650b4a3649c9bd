// What the UI gets for a session, read from the plain tables (never from checkpoints).
import type { Report } from "@/lib/interview/types";
import { MAX_TURNS } from "@/lib/interview/types";
import type { SessionWithTurns } from "@/lib/db/queries/interviews";

export type InterviewView = {
  sessionId: string;
  topicId: string;
  topicName: string;
  status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED";
  maxTurns: number;
  turnsAnswered: number;
  /** The question waiting for an answer; null while grading, preparing, or after the end. */
  pending: { turn: number; kind: "MAIN" | "FOLLOW_UP"; question: string } | null;
  /** An answer was received and is being graded. */
  processing: boolean;
  /** The student ended the interview and the report is being written: no more answers. */
  ending: boolean;
  /** Brief feedback on the last answer, only when the instructor enabled it for the topic. */
  lastFeedback: { turn: number; verdict: string; score: number; feedback: string } | null;
  overallScore: number | null;
  report: Report | null;
};

export function toView(session: SessionWithTurns): InterviewView {
  const turns = session.turns;
  const answered = turns.filter((t) => t.verdict !== null);
  const lastTurn = turns[turns.length - 1];
  const open = session.status === "IN_PROGRESS";
  const ending = open && session.endRequestedAt !== null;
  const pending = open && !ending && lastTurn && lastTurn.answerText === null ? { turn: lastTurn.index, kind: lastTurn.kind, question: lastTurn.questionText } : null;
  const showFeedback = session.topic.showFeedback ?? session.topic.batch.showFeedback;
  const lastEvaluated = answered[answered.length - 1];
  return {
    sessionId: session.id,
    topicId: session.topicId,
    topicName: session.topic.name,
    status: session.status,
    maxTurns: MAX_TURNS,
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
  };
}
