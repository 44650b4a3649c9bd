// The one definition of "the grader agrees with the instructor" on a graded example, used by the
// SQL that counts it (lib/db/queries/grading-examples) and the words that show it. Client-safe.

/** Two grades are close when their scores differ by at most this many points. */
export const CLOSE_POINTS = 10;
/** Below this many graded answers the figures say more about luck than about the grader. */
export const MIN_ANSWERS_TO_JUDGE = 5;

/** Over n examples: `exact` had the same verdict from the grader, `close` a score within CLOSE_POINTS. */
export type Agreement = { n: number; exact: number; close: number };

export const NO_AGREEMENT: Agreement = { n: 0, exact: 0, close: 0 };

/** "Agreed": the grader gave the same verdict (the SQL in lib/db/queries/grading-examples counts the same). */
export const agrees = (a: { verdict: string; graderVerdict: string }) => a.verdict === a.graderVerdict;

export const percent = (k: number, n: number) => (n ? Math.round((100 * k) / n) : 0);

export function sumAgreement(parts: Iterable<Agreement>): Agreement {
  const total = { ...NO_AGREEMENT };
  for (const p of parts) {
    total.n += p.n;
    total.exact += p.exact;
    total.close += p.close;
  }
  return total;
}

/** "The grader agreed with you on 7 of 9 answers (78 %), within 10 points on 6 of 9." */
export function agreementSentence({ n, exact, close }: Agreement, lead = "The grader agreed with you"): string {
  return `${lead} on ${exact} of ${n} ${n === 1 ? "answer" : "answers"} (${percent(exact, n)} %), within ${CLOSE_POINTS} points on ${close} of ${n}.`;
}

/** What the figures mean, in a line. */
export function agreementMeaning({ n, exact }: Agreement): string {
  if (n < MIN_ANSWERS_TO_JUDGE) return `Fewer than ${MIN_ANSWERS_TO_JUDGE} graded answers: too few to judge. Grade a few more to see how far you can trust the grader here.`;
  const p = percent(exact, n);
  if (p >= 80) return "The grader mostly grades this question as you would.";
  if (p >= 60) return "The grader often agrees with you, but check its grades on this question now and then.";
  return "The grader often disagrees with you on this question: read its grades before trusting them, and grade more examples so it can learn from you.";
}
