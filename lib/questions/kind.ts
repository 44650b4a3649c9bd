// Question kinds: how a question is graded, prompted and shown. Client-safe vocabulary; the
// server-side behaviour of each kind is in lib/questions/<kind>/ and chosen in ./kinds.ts.
export const QUESTION_KINDS = ["CONCEPT", "BEHAVIOURAL", "CODE"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = { CONCEPT: "Concept", BEHAVIOURAL: "Behavioural", CODE: "Coding" };
