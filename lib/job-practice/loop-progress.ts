// Where a student stands in a loop: each round done (its latest completed session counts),
// in progress, next, or later. Rounds run in the order the student chose; a done round may be
// retaken. Used by the loop page and, as the server's own check, by the round source. No server imports.
import type { Seniority } from "@/lib/domain";
import { type LoopRounds, type Round, roundOf } from "./rounds";

export type RoundSession = { sessionId: string; roundIndex: number; status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED"; overallScore: number | null; startedAt: Date };

export type RoundProgress = {
  index: number;
  round: Round;
  state: "done" | "in-progress" | "next" | "later";
  /** The latest completed attempt: the round's result. */
  result: { sessionId: string; score: number | null } | null;
  /** The attempt in progress, to resume. */
  open: { sessionId: string } | null;
  attempts: number;
};

export function loopRounds(rounds: LoopRounds, seniority: Seniority): Round[] {
  return rounds.map((r) => roundOf(r.kind, seniority, r.questionCount));
}

export function loopProgress(rounds: Round[], sessions: readonly RoundSession[]): RoundProgress[] {
  let blocked = false;
  return rounds.map((round, index) => {
    const mine = sessions.filter((s) => s.roundIndex === index).sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const completed = mine.filter((s) => s.status === "COMPLETED");
    const latest = completed[completed.length - 1];
    const open = mine.find((s) => s.status === "IN_PROGRESS");
    const result = latest ? { sessionId: latest.sessionId, score: latest.overallScore } : null;
    let state: RoundProgress["state"];
    if (open) state = "in-progress";
    else if (result) state = "done";
    else state = blocked ? "later" : "next";
    if (!result) blocked = true;
    return { index, round, state, result, open: open ? { sessionId: open.sessionId } : null, attempts: mine.filter((s) => s.status !== "ABANDONED").length };
  });
}

/** Why round `index` cannot start now (null: it can). */
export function roundStartRefusal(progress: readonly RoundProgress[], index: number): string | null {
  const target = progress[index];
  if (!target) return "This loop has no such round.";
  const before = progress.slice(0, index).find((p) => p.state !== "done");
  if (before) return `Finish round ${before.index + 1} (${before.round.title}) first: the rounds run in the order you chose.`;
  return null;
}

export const loopComplete = (progress: readonly RoundProgress[]) => progress.every((p) => p.result !== null);
