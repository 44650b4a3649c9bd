// Question kinds: how a question is graded, prompted and shown. This file is client-safe (the
// room shows a kind's label and answer hint); each kind's server side is lib/questions/<kind>/
// index.ts, chosen in ./kinds.ts.
import { behaviouralDisplay } from "./behavioural/display";
import { codeDisplay } from "./code/display";
import { conceptDisplay } from "./concept/display";
import type { KindDisplay } from "./kind-display";

import type { QuestionKind } from "@/lib/domain";

const DISPLAY: Partial<Record<QuestionKind, KindDisplay>> = { CONCEPT: conceptDisplay, BEHAVIOURAL: behaviouralDisplay, CODE: codeDisplay };

/** The kind's label and answer hint; unknown or absent kinds show as concept questions. */
export function kindDisplay(kind: QuestionKind | undefined): KindDisplay {
  return DISPLAY[kind ?? "CONCEPT"] ?? conceptDisplay;
}
