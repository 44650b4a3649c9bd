// Question kinds: how a question is graded, prompted and shown. This file is client-safe (the
// room shows a kind's label and answer hint); each kind's server side is lib/questions/<kind>/
// index.ts, chosen in ./kinds.ts.
import { behaviouralDisplay } from "./behavioural/display";
import { conceptDisplay } from "./concept/display";

export const QUESTION_KINDS = ["CONCEPT", "BEHAVIOURAL", "CODE"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export type KindDisplay = { label: string; answerPlaceholder: string };

const DISPLAY: Partial<Record<QuestionKind, KindDisplay>> = { CONCEPT: conceptDisplay, BEHAVIOURAL: behaviouralDisplay };

/** The kind's label and answer hint; unknown or absent kinds show as concept questions. */
export function kindDisplay(kind: QuestionKind | undefined): KindDisplay {
  return DISPLAY[kind ?? "CONCEPT"] ?? conceptDisplay;
}
