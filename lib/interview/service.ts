import "server-only";
// The interview API behind route handlers and actions. Callers have already checked the
// session and role; this checks ownership and drives the graph. Every answer is claimed
// in the turns table before the graph sees it, so one answer is graded exactly once and
// survives a crash; a session that stopped mid-step is picked up again on the next read.
import { DEFAULT_TURN_BUDGET_MS } from "@/lib/interview/types";
import { codeMessages } from "@/lib/code/limits";
import type { Answer } from "@/lib/domain";
import type { SessionUser } from "@/lib/auth/guards";
import {
  claimTurnAnswer,
  codeSpecOfTurn,
  createOrGetOpenSession,
  findOpenSession,
  getSession,
  getSessionOwner,
  getTurnAnswer,
  markSessionEnded,
  storedAnswer,
  releaseTurnClaim,
  requestEnd,
  type BankKey,
  type SessionWithTurns,
} from "@/lib/db/queries/interviews";
import { AppError } from "@/lib/errors";
import { timed } from "@/lib/timing";
import { assertTurnBudget, refuseOverBudget, spendTurnBudget, turnBudgetHits } from "./budget";
import { engineModel, getInterviewGraph, type StreamListeners, threadConfig } from "./engine";
import { catchUpCheckpoint, continueRun, latestCheckpoint, resume, startGraph, stepRunning, waitingTurn } from "./steps";
import type { SubmittedAnswer } from "./answer";
import { withServerRun } from "./code-run";
import { readSetup } from "@/lib/job-practice/stored-setup";
import { sourceOf, type StartRequest, withSource } from "./sources";
import type { SessionStarter } from "./sources/source";
import { examplesForQuestion } from "@/lib/db/queries/grading-examples";
import { toView, type InterviewView } from "./view";

/**
 * An answer claimed (or an end requested) longer ago than this without a result is assumed
 * orphaned by a crash. It must outlast the slowest healthy step on another instance: offline
 * that is well under a second; with a model, every call, retry and JSON repair of a step
 * shares one deadline (LLM_TURN_BUDGET_MS), after which the offline path finishes quickly.
 */
function staleClaimMs(): number {
  const model = engineModel();
  return model ? (model.turnBudgetMs ?? DEFAULT_TURN_BUDGET_MS) + 15_000 : 15_000;
}
async function loadOwned(user: SessionUser, sessionId: string, access: "student" | "read"): Promise<SessionWithTurns> {
  const session = await getSession(sessionId);
  const isOwner = session?.studentId === user.id;
  // The reader check may query (a class's staff), so it runs only for someone other than the student.
  const isReader = !isOwner && access === "read" && !!session && (await sourceOf(session.source).readableBy(user, session));
  // 404 rather than 403, so session ids cannot be probed.
  if (!session || !(isOwner || isReader)) throw new AppError("not_found:interview", "We could not find that interview.");
  return session;
}

/** The bank a stored session draws on (see claimTurnAnswer). */
const bankOf = (session: SessionWithTurns): BankKey => ({ topicId: session.topicId, family: readSetup(session.setup)?.family ?? null });

const ENDED = () => new AppError("conflict:interview", "This interview has already ended. Open its report, or start a new one.");
const ENDING = () => new AppError("conflict:interview", "You ended this interview, so this answer was not taken. Your report is being prepared.");

/**
 * Starts an interview from `request`'s source (a class topic, or a job-practice setup), or
 * resumes the student's open one on the same topic. A job-practice interview already open is
 * not replaced: the student resumes or ends it first, so nothing is abandoned by accident.
 */
export function startInterview(student: SessionUser, request: StartRequest, options: StreamListeners = {}): Promise<{ view: InterviewView; resumed: boolean }> {
  return withSource(request, (source, body) => startFrom(student, source, body, options));
}

async function startFrom<R>(student: SessionUser, source: SessionStarter<R>, body: R, options: StreamListeners): Promise<{ view: InterviewView; resumed: boolean }> {
  // The open interview first: resuming needs no other check (and survives an emptied bank).
  const open = await timed("open", () => findOpenSession(source.openKey(student, body)));
  const conflict = open && source.openConflict(open, body);
  if (conflict) throw new AppError("conflict:interview", conflict);
  if (open) return { view: await getInterviewView(student, open.id), resumed: true };

  const model = engineModel();
  const prepared = await timed("prepare", () => source.prepare(student, body, { withModel: model !== null }));
  await assertTurnBudget(student.id);
  const { session, created } = await timed("create", () => createOrGetOpenSession({ ...prepared, studentId: student.id, grader: model ? `model:${model.name}` : "offline" }));
  // Another request created it a moment ago: resume it, or refuse as above (never swap one setup for another).
  const raced = !created && source.openConflict(session, body);
  if (raced) throw new AppError("conflict:interview", raced);
  if (created) {
    await spendTurnBudget(student.id).catch(() => {}); // the session exists now: let it start
    const full = (await getSession(session.id))!;
    const started = await timed("graph", () => startGraph(full, model !== null, options));
    if (started) return { view: toView(started), resumed: false }; // read back by the step's own statement
  }
  return { view: await timed("view", () => getInterviewView(student, session.id)), resumed: !created };
}

export async function getInterviewView(user: SessionUser, sessionId: string): Promise<InterviewView> {
  let session = await loadOwned(user, sessionId, "read");
  if (session.studentId === user.id && (await ensureProgress(session))) session = (await getSession(sessionId))!;
  return toView(session);
}

/**
 * Continues a session that stopped between steps (server killed mid-grading, a failed
 * report write, a start that never ran). Returns true when it moved the session on.
 */
async function ensureProgress(session: SessionWithTurns): Promise<boolean> {
  if (session.status !== "IN_PROGRESS" || stepRunning(session.id)) return false;
  const lastTurn = session.turns[session.turns.length - 1];
  if (session.endRequestedAt) {
    // The report of an ended interview was never saved (the instance writing it stopped).
    if (Date.now() - session.endRequestedAt.getTime() < staleClaimMs()) return false;
    await resume(session.id, { end: true });
    return true;
  }
  if (lastTurn && lastTurn.answerText === null) return false; // waiting for the student: healthy
  const claimedAt = lastTurn?.answeredAt?.getTime() ?? session.startedAt.getTime();
  if (Date.now() - claimedAt < staleClaimMs()) return false; // another request may still be working on it

  // The run starts from exactly the checkpoint inspected here: if another request moved the
  // session on meanwhile, the stored answer must not be taken as the answer to a later turn.
  const latest = await latestCheckpoint(session.id);
  const waiting = waitingTurn(latest);
  if (!latest) {
    await startGraph(session, engineModel() !== null);
  } else if (waiting !== null && lastTurn && waiting === lastTurn.index && lastTurn.answerText !== null) {
    const examples = lastTurn.kind === "MAIN" && lastTurn.questionId ? await examplesForQuestion(lastTurn.questionId) : [];
    await resume(session.id, { answer: storedAnswer(lastTurn)! }, undefined, { ...bankOf(session), examples }, latest);
  } else if (waiting === null && (await (await getInterviewGraph()).getState(threadConfig(session.id))).next.length > 0) {
    await continueRun(session.id);
  } else {
    return false;
  }
  return true;
}

export async function submitAnswer(student: SessionUser, sessionId: string, turn: number, submitted: SubmittedAnswer, options: StreamListeners = {}): Promise<InterviewView> {
  // A coding answer's tests run before the claim, so a slow run never holds the turn.
  const answer = await withServerRun(student.id, sessionId, turn, submitted);
  const claim = await timed("claim", () => claimTurnAnswer(sessionId, student.id, turn, answer, { hits: turnBudgetHits(student.id) }));
  if (!claim) return explainUnclaimed(student, sessionId, turn, answer);
  try {
    refuseOverBudget(claim.hits); // counted with the claim, so a refused step still counts
  } catch (error) {
    await releaseTurnClaim(sessionId, turn); // refused, not lost: the answer stays in the box
    throw error;
  }
  let after: SessionWithTurns | null;
  try {
    after = await timed("graph", async () => {
      const latest = await catchUpCheckpoint(sessionId, turn, claim, claim.checkpoint);
      return resume(sessionId, { answer }, options, claim, latest);
    });
  } catch (error) {
    await releaseTurnClaim(sessionId, turn); // nothing half-written: the student can submit again
    console.error(`[interview ${sessionId}] grading turn ${turn} failed`, error);
    throw new AppError("unavailable:interview", "We could not grade that answer just now. Your answer is still in the box — try again.");
  }
  // The step's own statement read the session back: the reply needs no other query.
  return after ? toView(after) : timed("view", () => getInterviewView(student, sessionId));
}

/** Nothing was claimed: finds out why, in the order that gives the most useful answer (or, for a retry of the same submission, waits for its result). */
async function explainUnclaimed(student: SessionUser, sessionId: string, turn: number, answer: Answer): Promise<InterviewView> {
  const owner = await getSessionOwner(sessionId);
  if (!owner || owner.studentId !== student.id) throw new AppError("not_found:interview", "We could not find that interview.");
  if (owner.status !== "IN_PROGRESS") throw ENDED();
  if (owner.endRequestedAt) throw ENDING();
  const existing = await getTurnAnswer(sessionId, turn);
  if (!existing) throw new AppError("conflict:turn", "That question is not the current one. Reload to continue where you are.");
  if (!existing.answer) {
    // Still unanswered: a coding question answered without code (an answer with code was checked before the claim).
    if ((await codeSpecOfTurn(sessionId, student.id, turn))?.isCode) throw new AppError("bad_request:code", codeMessages.noCode);
    throw new AppError("conflict:turn", "That answer was not taken. Reload and send it again.");
  }
  if (existing.answer.text !== answer.text) {
    throw new AppError("conflict:turn", "This question was already answered, perhaps in another tab. Reload to continue.");
  }
  return waitFor(student, sessionId, evaluated(turn), 30_000); // a retry of the same submission
}

/**
 * Another request is working on this session (grading the same answer, or writing the report):
 * polls it until `settled` says so or `maxMs` passes, then shows what there is.
 */
async function waitFor(student: SessionUser, sessionId: string, settled: (session: SessionWithTurns) => boolean, maxMs: number): Promise<InterviewView> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const session = await getSession(sessionId);
    if (session?.status !== "IN_PROGRESS" || settled(session) || Date.now() > deadline) return getInterviewView(student, sessionId);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const evaluated = (turn: number) => (session: SessionWithTurns) => {
  const t = session.turns.find((x) => x.index === turn);
  return !!t?.verdict || t?.answerText === null;
};

/**
 * The question waiting for the student's answer, refusing unless `sessionId` is theirs and waits
 * for one now (a recording is transcribed, and a question read aloud, only then).
 */
export async function awaitedQuestion(student: SessionUser, sessionId: string): Promise<{ turn: number; text: string }> {
  const view = toView(await loadOwned(student, sessionId, "student"));
  if (view.status !== "IN_PROGRESS" || view.ending) throw ENDED();
  if (!view.pending) throw new AppError("conflict:interview", "Your last answer is still being graded. The next question comes when it is done.");
  return { turn: view.pending.turn, text: view.pending.question };
}

/**
 * Ends the interview and writes its report, once: of several End requests (double clicks,
 * two tabs, two servers) one marks the session as ending and runs the report; the others
 * wait for it. From the mark on, answers are refused (claimTurnAnswer).
 */
export async function endInterview(student: SessionUser, sessionId: string): Promise<InterviewView> {
  const session = await loadOwned(student, sessionId, "student");
  if (session.status !== "IN_PROGRESS") return toView(session);
  const outcome = await requestEnd(sessionId, student.id);
  if (outcome === "not_found") throw new AppError("not_found:interview", "We could not find that interview.");
  if (outcome === "grading") throw new AppError("conflict:interview", "Your last answer is still being graded. End the interview once it is done.");
  if (outcome === "already_ending") return waitFor(student, sessionId, () => false, staleClaimMs());
  if (outcome === "requested") {
    if (toView(session).turnsAnswered === 0) await markSessionEnded(sessionId, "ABANDONED");
    else {
      const ended = await resume(sessionId, { end: true });
      if (ended) return toView(ended);
    }
  }
  return getInterviewView(student, sessionId);
}
