// What the interview room itself knows of a coding answer: the code the panel reports, and where
// the panel keeps its draft (so the room can forget it once the answer is accepted). Kept apart
// from the panel, which is loaded only on coding turns, so every page's first load stays small.
import type { CodeAnswer, PublicCodeSpec } from "@/lib/code/types";
import { keepDraft } from "../keep-draft";

/** The panel's code now, for its turn; `typed`: something besides the starter code was written (in any language). */
export type PanelCode = { turn: number; answer: CodeAnswer; typed: boolean };

export const codeDraftKey = (sessionId: string, turn: number) => `interview-code:${sessionId}:${turn}`;

export function forgetCodeDraft(sessionId: string, turn: number) {
  keepDraft(codeDraftKey(sessionId, turn), null);
}

/**
 * The `code` part of a coding turn's answer (nothing on other turns). With no code reported yet
 * (the panel still loading) it is sent empty, and the server says what is missing.
 */
export function codePart(spec: PublicCodeSpec | null, code: PanelCode | null): { code?: CodeAnswer } {
  if (!spec) return {};
  return { code: code?.answer ?? { language: spec.languages[0] ?? "javascript", source: "" } };
}
