// The model calls the interviewer makes, with what each may cost. Output caps keep a chatty
// model from spending the step's deadline on words nobody reads; shares say how much of a
// step's deadline an optional call may use (the grade may use all of it, and runs first).

export const CALL_KINDS = ["plan", "grade", "phrase", "follow_up", "summary", "report"] as const;
export type CallKind = (typeof CALL_KINDS)[number];

export const MAX_OUTPUT_TOKENS: Record<CallKind, number> = {
  // Job practice: up to 14 questions, each ≈ 150 tokens with a short reference answer and key points.
  plan: 3000,
  grade: 450,
  phrase: 120,
  follow_up: 100,
  summary: 220,
  report: 500,
};

/** null: required (may use the whole remaining deadline). Otherwise the largest fraction of the budget it may use; skipped when less than that is left. */
export const OPTIONAL_SHARE: Record<CallKind, number | null> = {
  // Optional (the built-in bank's plan is in hand) but long: most of the start step; the first
  // question's rephrasing is skipped when too little is left.
  plan: 0.9,
  grade: null,
  phrase: 0.2,
  follow_up: 0.25,
  summary: 0.2,
  report: 0.6,
};
