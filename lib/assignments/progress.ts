// Where a student stands on an assignment, from the sessions they started for it. One rule for the
// student's dashboard and the instructor's table. An interview ended with no answer (ABANDONED) is
// not an attempt: the student who opened it by mistake keeps their tries.

export type AttemptRow = {
  id: string;
  status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED";
  overallScore: number | null;
  late: boolean;
  startedAt: Date;
};

export type AssignmentStatus = "COMPLETED" | "IN_PROGRESS" | "NOT_STARTED";

export type StudentProgress = {
  status: AssignmentStatus;
  /** Sessions that got at least one answer (the attempt limit counts these). */
  attempts: number;
  bestScore: number | null;
  /** Completed, but only after the due date (or, in progress, the open attempt started late). */
  late: boolean;
  /** The attempt to open: the best completed one, else the latest. */
  sessionId: string | null;
  openSessionId: string | null;
};

export function progressOf(sessions: readonly AttemptRow[]): StudentProgress {
  const counted = sessions.filter((s) => s.status !== "ABANDONED").sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  const completed = counted.filter((s) => s.status === "COMPLETED");
  const open = counted.find((s) => s.status === "IN_PROGRESS") ?? null;
  const best = completed.reduce<AttemptRow | null>((top, s) => (top === null || (s.overallScore ?? -1) > (top.overallScore ?? -1) ? s : top), null);
  const status: AssignmentStatus = completed.length > 0 ? "COMPLETED" : open ? "IN_PROGRESS" : "NOT_STARTED";
  return {
    status,
    attempts: counted.length,
    bestScore: best?.overallScore === null || best === null ? null : Math.round(best.overallScore),
    late: status === "COMPLETED" ? completed.every((s) => s.late) : status === "IN_PROGRESS" ? open!.late : false,
    sessionId: best?.id ?? counted[0]?.id ?? null,
    openSessionId: open?.id ?? null,
  };
}

export type CompletionCounts = { completed: number; inProgress: number; notStarted: number; total: number; percent: number };

export function completionOf(statuses: readonly AssignmentStatus[]): CompletionCounts {
  const completed = statuses.filter((s) => s === "COMPLETED").length;
  const inProgress = statuses.filter((s) => s === "IN_PROGRESS").length;
  const total = statuses.length;
  return { completed, inProgress, notStarted: total - completed - inProgress, total, percent: total ? Math.round((completed / total) * 100) : 0 };
}

/** Finished work stays on the student's dashboard this long after its due date (its score and any late marker stay in view). */
export const DONE_VISIBLE_DAYS = 7;

/** The student's dashboard lists what is still to do, and finished work until a week after its due date. */
export function showsOnDashboard(a: { dueAt: Date; progress: { status: AssignmentStatus } }, now: Date): boolean {
  return a.progress.status !== "COMPLETED" || a.dueAt.getTime() + DONE_VISIBLE_DAYS * 86_400_000 >= now.getTime();
}
