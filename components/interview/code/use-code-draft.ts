"use client";
// The coding answer being written survives reloads like a text draft (use-draft.ts): the
// language in use and the code per language, on this device, cleared once the answer is accepted.
import { useCallback, useEffect, useRef, useState } from "react";
import { type CodeDraft, freshDraft, parseDraft, sourceOf } from "@/lib/code/browser-drafts";
import type { CodeLanguage, PublicCodeSpec } from "@/lib/code/types";

const key = (sessionId: string, turn: number | undefined) => `interview-code:${sessionId}:${turn ?? "none"}`;
const NO_CODE: PublicCodeSpec = { languages: ["javascript"], entry: "", starter: {}, tests: [], hiddenTests: 0 };

export type CodeDraftState = {
  draft: CodeDraft;
  /** The code shown now: typed, or the starter. */
  source: string;
  setLanguage: (language: CodeLanguage) => void;
  setSource: (code: string) => void;
  /** Back to the starter code, in the language in use. */
  reset: () => void;
  /** Forgets the draft (the answer was accepted). */
  clear: () => void;
};

export function useCodeDraft(sessionId: string, turn: number | undefined, spec: PublicCodeSpec | null | undefined): CodeDraftState {
  const current = spec ?? NO_CODE;
  const [draft, setDraft] = useState<CodeDraft>(() => freshDraft(current));
  const storageKey = key(sessionId, turn);

  // The spec belongs to the turn, but arrives as a new object with every refresh of the view.
  const specNow = useRef(spec);
  specNow.current = spec;
  useEffect(() => {
    const forTurn = specNow.current;
    setDraft(forTurn ? parseDraft(window.localStorage.getItem(storageKey), forTurn) : freshDraft(NO_CODE));
  }, [storageKey]);

  const save = useCallback(
    (next: CodeDraft) => {
      setDraft(next);
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(next));
      } catch {
        /* storage full or disabled: the draft still lives in memory */
      }
    },
    [storageKey],
  );

  return {
    draft,
    source: sourceOf(draft, current),
    setLanguage: (language) => save({ ...draft, language }),
    setSource: (code) => save({ ...draft, sources: { ...draft.sources, [draft.language]: code } }),
    reset: () => {
      const { [draft.language]: _dropped, ...rest } = draft.sources;
      save({ ...draft, sources: rest });
    },
    clear: () => {
      setDraft(freshDraft(current));
      try {
        window.localStorage.removeItem(storageKey);
      } catch {
        /* nothing kept */
      }
    },
  };
}
