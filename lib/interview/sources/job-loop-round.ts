import "server-only";
// A round of a job-practice loop: one interview session per attempt at a round, in the order the
// student chose (lib/job-practice/loop-progress.ts). Its questions come from the built-in bank
// (job-loop-round-plan.ts), tailored to the resume and job description the loop kept; with a model,
// every round but screening is planned by it, with lines of those documents passed in the run's
// context, never its state. Only its student can read it: instructors never see job practice.
import { loopOf, loopTailoring, type StudentLoop } from "@/lib/db/queries/loops";
import { bankTimesAsked } from "@/lib/db/queries/job-practice";
import { AppError } from "@/lib/errors";
import { loopProgress, loopRounds, roundStartRefusal } from "@/lib/job-practice/loop-progress";
import type { Round } from "@/lib/job-practice/rounds";
import { FOCUS_LABELS, SENIORITY_LABELS } from "@/lib/job-practice/seniority";
import { languageLabel, setupMessages } from "@/lib/job-practice/setup";
import { readSetup, type StoredSetup } from "@/lib/job-practice/stored-setup";
import { tailoringLines } from "@/lib/job-practice/tailoring";
import { loopPath, PRACTICE_PATH } from "@/lib/job-practice/paths";
import { roundPlan } from "./job-loop-round-plan";
import type { InterviewSource } from "./source";

export type LoopRoundRequest = { loopId: string; roundIndex: number };

const notFound = () => new AppError("not_found:loop", "We could not find that loop. Open it from Job practice.");

async function ownedLoop(loopId: string | null, studentId: string): Promise<StudentLoop> {
  const loop = loopId ? await loopOf(loopId, studentId, { reports: false }) : null;
  if (!loop) throw notFound();
  return loop;
}

function roundOfSession(loop: StudentLoop, roundIndex: number | null): Round {
  const round = roundIndex === null ? undefined : loopRounds(loop.rounds, loop.seniority)[roundIndex];
  if (!round) throw new AppError("internal:interview", "This round's setup could not be read. Open the loop and start the round again.");
  return round;
}

export const jobLoopRoundSource: InterviewSource<LoopRoundRequest> = {
  id: "JOB_LOOP_ROUND",

  // One round of a loop open at a time; the same round is resumed.
  openKey: (student, { loopId }) => `${student.id}:loop:${loopId}`,
  openConflict: (open, { roundIndex }) =>
    open.roundIndex === roundIndex ? null : `Round ${(open.roundIndex ?? 0) + 1} of this loop is in progress (${open.title}). Finish or end it before starting another round.`,

  async prepare(student, { loopId, roundIndex }, { withModel }) {
    const loop = await ownedLoop(loopId, student.id);
    if (loop.language !== "en" && !withModel) throw new AppError("bad_request:loop", setupMessages.languageNeedsModel);
    const rounds = loopRounds(loop.rounds, loop.seniority);
    const refusal = roundStartRefusal(loopProgress(rounds, loop.sessions), roundIndex);
    if (refusal) throw new AppError("conflict:loop", refusal);
    const round = rounds[roundIndex]!;
    const setup: StoredSetup = { role: loop.role, family: loop.family, seniority: loop.seniority, focus: round.focus, questionCount: round.questionCount, language: loop.language };
    return {
      openKey: jobLoopRoundSource.openKey(student, { loopId, roundIndex }),
      source: "JOB_LOOP_ROUND",
      setup,
      loopId,
      roundIndex,
      title: `${round.title} · ${loop.role}`,
      questionCount: round.questionCount,
    };
  },

  async plan(session, { withModel }) {
    const loop = await ownedLoop(session.loopId, session.studentId);
    const round = roundOfSession(loop, session.roundIndex);
    const setup = readSetup(session.setup);
    if (!setup) throw new AppError("internal:interview", "This round's setup could not be read. Open the loop and start the round again.");
    const kept = await loopTailoring(loop.id, session.studentId);
    const tailoring = kept.state === "kept" ? kept.tailoring : null;
    const start = roundPlan({
      setup,
      round,
      roundIndex: session.roundIndex ?? 0,
      tailoring,
      hasResume: loop.usedResume && tailoring !== null,
      timesAsked: await bankTimesAsked(session.studentId),
      seed: session.id,
    });
    // Screening keeps its scripted openers with a model too (the model still phrases, grades and
    // follows up); a model writes no tests, so coding rounds stay on the bank's questions.
    if (!withModel || round.kind === "SCREENING" || round.kind === "CODING") return start;
    return {
      ...start,
      generatePlan: {
        role: setup.role,
        seniority: SENIORITY_LABELS[setup.seniority],
        focus: FOCUS_LABELS[round.focus],
        language: languageLabel(setup.language),
        round: { title: round.title, about: round.about },
      },
      ...(tailoring ? { planContext: tailoringLines(tailoring) } : {}),
    };
  },

  progressLabel: (asked, planned) => (planned ? `Question ${Math.min(asked, planned)} of ${planned}` : `Question ${asked}`),

  readableBy: async () => false,

  labels(session) {
    const backHref = session.loopId ? loopPath(session.loopId) : PRACTICE_PATH;
    const round = (session.roundIndex ?? 0) + 1;
    return {
      title: session.title,
      subtitle: `Round ${round} of your interview loop`,
      kind: "Interview loop",
      offersPractiseAgain: false,
      backHref,
      backLabel: "Back to your loop",
    };
  },
};
