import "server-only";
// Job-practice loops as the pages and actions use them: creating one (with the resume and job
// description the student chose to use, kept as encrypted skill lines), and everything its page
// shows — each round's state and the loop report. Callers have checked the session and role.
import { readDocumentsForUse } from "@/lib/db/queries/documents";
import { createLoop, loopOf, loopTailoring, type LoopTailoring, recentLoops, type StudentLoop } from "@/lib/db/queries/loops";
import { AppError } from "@/lib/errors";
import { familyForTitle } from "@/lib/job-practice/families";
import { loopProgress, loopRounds, type RoundProgress } from "@/lib/job-practice/loop-progress";
import { type LoopReport, loopReport } from "@/lib/job-practice/loop-report";
import type { LoopSetup } from "@/lib/job-practice/loop-setup";
import { setupMessages } from "@/lib/job-practice/setup";
import { buildTailoring } from "@/lib/job-practice/tailoring";
import { engineModel } from "./engine";

export const loopMessages = {
  noResume: "You have no checked resume saved. Add it under “Your resume and job description”, or untick “Use my resume”.",
  noJobDescription: "You have no job description saved. Paste it under “Your resume and job description”, or untick “Use my job description”.",
};

/** Creates the student's loop; returns its id. The documents are read (and decrypted) only when ticked. */
export async function startLoop(studentId: string, setup: LoopSetup): Promise<string> {
  if (setup.language !== "en" && !engineModel()) throw new AppError("bad_request:loop", setupMessages.languageNeedsModel);
  const documents = await readDocumentsForUse(studentId, { resume: setup.useResume, jobDescription: setup.useJobDescription });
  if (setup.useResume && !documents.resume) throw new AppError("bad_request:loop", loopMessages.noResume);
  if (setup.useJobDescription && !documents.jobDescription) throw new AppError("bad_request:loop", loopMessages.noJobDescription);
  const tailoring = buildTailoring(documents.resume, documents.jobDescription);
  return createLoop(
    studentId,
    {
      role: setup.role,
      family: familyForTitle(setup.role).family,
      seniority: setup.seniority,
      language: setup.language,
      rounds: setup.rounds,
      usedResume: setup.useResume,
      usedJobDescription: setup.useJobDescription,
    },
    tailoring,
  );
}

export type LoopPage = { loop: StudentLoop; progress: RoundProgress[]; report: LoopReport; tailoring: LoopTailoring["state"]; tailoringProblem: string | null };

/** The loop's page: its rounds and report; null when the loop is not this student's. */
export async function loopPage(loopId: string, studentId: string): Promise<LoopPage | null> {
  const loop = await loopOf(loopId, studentId);
  if (!loop) return null;
  const progress = loopProgress(loopRounds(loop.rounds, loop.seniority), loop.sessions);
  const reports = new Map(loop.sessions.map((s) => [s.sessionId, s.report]));
  const kept = await loopTailoring(loopId, studentId);
  const report = loopReport(
    progress.map((p) => ({ progress: p, report: p.result ? (reports.get(p.result.sessionId) ?? null) : null })),
    kept.state === "kept" ? kept.tailoring : null,
    loop.usedResume,
  );
  return { loop, progress, report, tailoring: kept.state, tailoringProblem: kept.state === "unreadable" ? kept.message : null };
}

export type LoopSummary = { id: string; role: string; createdAt: Date; roundsDone: number; roundsTotal: number; next: string | null; inProgress: boolean };

/** The student's latest loops for the practice page: how far each has got. */
export async function loopSummaries(studentId: string): Promise<LoopSummary[]> {
  const loops = await recentLoops(studentId);
  return loops.map((loop) => {
    const progress = loopProgress(loopRounds(loop.rounds, loop.seniority), loop.sessions);
    const next = progress.find((p) => p.state === "in-progress" || p.state === "next");
    return {
      id: loop.id,
      role: loop.role,
      createdAt: loop.createdAt,
      roundsDone: progress.filter((p) => p.result).length,
      roundsTotal: progress.length,
      next: next ? `Round ${next.index + 1}: ${next.round.title}` : null,
      inProgress: progress.some((p) => p.state === "in-progress"),
    };
  });
}
