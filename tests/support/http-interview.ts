// Drives an interview over the HTTP API with a deterministic answer policy, so runs on
// different servers (or across a crash) can be compared turn by turn.
import type { InterviewView } from "../../lib/interview/view";
import { DEMO_TOPICS } from "../../prisma/seed-data";
import type { HttpClient } from "./http-client";

const BANK = DEMO_TOPICS.flatMap((t) => t.questions);

/**
 * Reference answers, except a vague one (graded shallow) to the two easy questions here, so
 * the interviewer probes twice; a follow-up gets the reference answer of its question.
 */
export const SHALLOW_ANSWERS = new Map([
  ["What is a primary key, and how is it different from a foreign key?", "I think it has to do with a primary key, but I am not sure how it works."],
  ["Explain the difference between an INNER JOIN and a LEFT JOIN.", "I think it has to do with an inner join, but I am not sure how it works."],
]);

export function policyAnswer(question: string, lastMain: string | null): string {
  const main = BANK.find((q) => q.text === question);
  if (main) return SHALLOW_ANSWERS.get(main.text) ?? main.referenceAnswer;
  return BANK.find((q) => q.text === lastMain)?.referenceAnswer ?? "I am not sure.";
}

export type Sent = Map<number, string>;

/** Polls the session until it is not grading (a crash leaves a claimed answer for up to ~15 s). */
export async function settle(client: HttpClient, sessionId: string, timeoutMs = 60_000): Promise<InterviewView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await client.json<InterviewView>("GET", `/api/interviews/${sessionId}`);
    if (r.status !== 200) throw new Error(`GET session: ${r.status} ${JSON.stringify(r.body)}`);
    if (!r.body.processing && (r.body.pending || r.body.status !== "IN_PROGRESS")) return r.body;
    if (Date.now() > deadline) throw new Error(`session ${sessionId} still processing after ${timeoutMs} ms`);
    await new Promise((res) => setTimeout(res, 250));
  }
}

export type DriveHooks = {
  /** The client to use for this turn (alternate servers, or a restarted one). */
  clientFor?: (turn: number) => HttpClient;
  /** Called instead of a plain submit for this turn; returns the view to continue from. */
  interrupt?: (turn: number, submit: () => Promise<unknown>) => Promise<InterviewView | null>;
};

export async function driveInterview(client: HttpClient, topicId: string, hooks: DriveHooks = {}) {
  const started = await client.json<InterviewView>("POST", "/api/interviews", { topicId });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
  let view = started.body;
  const sent: Sent = new Map();
  let lastMain: string | null = null;
  while (view.status === "IN_PROGRESS") {
    const c = hooks.clientFor?.(view.pending?.turn ?? -1) ?? client;
    if (!view.pending) {
      view = await settle(c, view.sessionId);
      continue;
    }
    const { turn, kind, question } = view.pending;
    if (kind === "MAIN") lastMain = question;
    const answer = sent.get(turn) ?? policyAnswer(question, lastMain);
    sent.set(turn, answer);
    const submit = () => c.json<InterviewView>("POST", `/api/interviews/${view.sessionId}/answer`, { turn, answer });
    const interrupted = hooks.interrupt ? await hooks.interrupt(turn, submit) : null;
    if (interrupted) {
      view = interrupted;
      continue;
    }
    const r = await submit();
    if (r.status !== 200) throw new Error(`turn ${turn}: ${r.status} ${JSON.stringify(r.body)}`);
    view = r.body;
  }
  return { view, sent };
}

/**
 * The comparable outcome of a finished interview: each main question with its grade and its
 * follow-up's, sorted by question (each session shuffles questions of equal difficulty).
 */
export function outcome(view: InterviewView) {
  const questions = view.report!.questions;
  const graded = questions
    .filter((q) => q.kind === "MAIN")
    .map((q) => {
      const next = questions.find((x) => x.index === q.index + 1);
      const followUp = next?.kind === "FOLLOW_UP" ? { verdict: next.verdict, score: next.score } : null;
      return { question: q.question, verdict: q.verdict, score: q.score, followUp };
    })
    .sort((a, b) => a.question.localeCompare(b.question));
  return { status: view.status, overallScore: view.overallScore, turns: questions.length, graded };
}
