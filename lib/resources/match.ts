// Which resources a report shows for each missed point: the ones attached to that key point of
// the question; else the ones for the whole question; else the topic's (a fallback once per question). The action plan lists
// every resource matched, once, in the order they first appear. Pure: the report page passes
// in the topic's resources and which question each turn asked, read when the report is shown.
import { safeResourceUrl } from "./validation";

export type ResourceLike = { id: string; questionId: string | null; keyPoint: string | null; title: string; url: string | null; note: string };
/** A resource as the report shows it: `href` only for an http(s) link (anything else is plain text). */
export type ShownResource = { id: string; title: string; href: string | null; note: string };
export type MissedWithResources = { point: string; resources: ShownResource[] };

/** A missed point shows at most this many resources; the plan lists at most PLAN_MAX. */
export const PER_POINT_MAX = 3;
export const PLAN_MAX = 6;

/** Key points compare as written, ignoring case, spacing and a closing full stop. */
export function samePoint(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(point: string): string {
  return point
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[.!?;:]+$/, "");
}

function show(r: ResourceLike): ShownResource {
  return { id: r.id, title: r.title, href: safeResourceUrl(r.url), note: r.note };
}

/**
 * `questions`: the report's questions (turn index and missed points); `turnQuestions`: the bank
 * question each turn asked (null once deleted); `resources`: the topic's, oldest first.
 */
export function matchResources(
  questions: { index: number; missed: string[] }[],
  turnQuestions: ReadonlyMap<number, string | null>,
  resources: ResourceLike[],
): { byTurn: Record<number, MissedWithResources[]>; plan: ShownResource[] } {
  const byTurn: Record<number, MissedWithResources[]> = {};
  const plan = new Map<string, ShownResource>();
  if (resources.length === 0) return { byTurn, plan: [] };
  const topicWide = resources.filter((r) => r.questionId === null);
  for (const q of questions) {
    if (q.missed.length === 0) continue;
    const questionId = turnQuestions.get(q.index) ?? null;
    const ofQuestion = questionId ? resources.filter((r) => r.questionId === questionId) : [];
    const wholeQuestion = ofQuestion.filter((r) => r.keyPoint === null);
    // A fallback (the whole question's or the topic's reading) is shown once per question, at the
    // first point that needs it: under every missed point it would repeat the same line.
    const fellBack = new Set<string>();
    byTurn[q.index] = q.missed.map((point) => {
      const onPoint = ofQuestion.filter((r) => r.keyPoint !== null && samePoint(r.keyPoint, point));
      const fallback = (wholeQuestion.length ? wholeQuestion : topicWide).filter((r) => !fellBack.has(r.id));
      if (!onPoint.length) for (const r of fallback.slice(0, PER_POINT_MAX)) fellBack.add(r.id);
      const picked = (onPoint.length ? onPoint : fallback).slice(0, PER_POINT_MAX).map(show);
      for (const r of picked) if (!plan.has(r.id)) plan.set(r.id, r);
      return { point, resources: picked };
    });
  }
  return { byTurn, plan: [...plan.values()].slice(0, PLAN_MAX) };
}
