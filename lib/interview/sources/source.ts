// Where an interview's questions come from: a named source (InterviewSession.source), each a
// file beside this one giving its access rules, its plan and its labels. The service and
// pages ask the session's source; none of them branch on what kind of interview it is.
import type { NewSession, SessionWithTurns } from "@/lib/db/queries/interviews";
import type { InterviewStart } from "@/lib/interview/types";

export type InterviewSourceId = "CLASS_TOPIC" | "JOB_PRACTICE" | "JOB_LOOP_ROUND";

/** What the graph starts with, and lines a model may plan from that stay out of the checkpoint (InterviewContext.planContext). */
export type PlannedStart = Omit<InterviewStart, "sessionId"> & { planContext?: string[] };

/** The session row to create (without the student and grader, which the service adds). */
export type PreparedSession = Omit<NewSession, "studentId" | "grader">;

export type SourceLabels = {
  /** The topic's or role's name. */
  title: string;
  /** One line under it: the class, or the level and focus. */
  subtitle: string;
  /** What kind of interview it is, above the title in the room ("Job practice"). */
  kind: string;
  /** The report offers "Practise again" with the same setup (single job-practice interviews). */
  offersPractiseAgain: boolean;
  /** Where "back" goes from the room and the report, for the student. */
  backHref: string;
  backLabel: string;
};

/** Who is asking: a source needs only the signed-in user's id (the service has checked the role). */
export type Asker = { id: string };

/** What a source knows about a session it started (the service and view ask it; no branching on the kind of interview). */
export interface SessionSource {
  id: InterviewSourceId;
  /** The graph's start: the plan and how to walk it, for a session this source prepared. */
  plan(session: SessionWithTurns, options: { withModel: boolean }): Promise<PlannedStart>;
  /** Who may read the session besides its student (who always may). */
  readableBy(user: Asker, session: SessionWithTurns): Promise<boolean>;
  labels(session: SessionWithTurns): SourceLabels;
  /** The room's progress line for the main question asked ("Question 2 of 5"). */
  progressLabel(asked: number, planned: number | null): string;
}

/** A start request's side of a source: which open interview it may resume, and what to create. */
export interface SessionStarter<Request> {
  /** The key of the one interview of this kind the student may have open (no reads: checked before anything else). */
  openKey(student: Asker, request: Request): string;
  /** When that interview is open: null to resume it, or why a new one cannot start (the student resumes or ends it first). */
  openConflict(open: { title: string; roundIndex: number | null }, request: Request): string | null;
  /** Checks the student may start this (throws AppError with a message they can act on) and describes the session to create. */
  prepare(student: Asker, request: Request, options: { withModel: boolean }): Promise<PreparedSession>;
}

/** A source as a start request meets it, and as its stored sessions are read. */
export interface InterviewSource<Request> extends SessionSource, SessionStarter<Request> {}
