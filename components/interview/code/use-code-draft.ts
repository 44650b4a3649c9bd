"use client";
// The coding answer being written survives reloads like a text draft (use-draft.ts): the
// language in use and the code per language, on this device; the room forgets it once the
// answer is accepted (room-code.ts).
import { useCallback, useEffect, useRef, useState } from "react";
import { type CodeDraft, freshDraft, parseDraft, sourceOf } from "@/lib/code/browser-drafts";
import type { CodeLanguage, PublicCodeSpec } from "@/lib/code/types";
import { keepDraft } from "../keep-draft";
import { codeDraftKey } from "./room-code";

export type CodeDraftState = {
  draft: CodeDraft;
  /** The code shown now: typed, or the starter. */
  source: string;
  setLanguage: (language: CodeLanguage) => void;
  setSource: (code: string) => void;
  /** Back to the starter code, in the language in use. */
  reset: () => void;
};

export function useCodeDraft(sessionId: string, turn: number, spec: PublicCodeSpec): CodeDraftState {
  const [draft, setDraft] = useState<CodeDraft>(() => freshDraft(spec));
  const storageKey = codeDraftKey(sessionId, turn);
  // The spec belongs to the turn, but arrives as a new object with every refresh of the view.
  const specNow = useRef(spec);
  specNow.current = spec;
  useEffect(() => {
    setDraft(parseDraft(window.localStorage.getItem(storageKey), specNow.current));
  }, [storageKey]);

  const save = useCallback(
    (next: CodeDraft) => {
      setDraft(next);
      keepDraft(storageKey, JSON.stringify(next));
    },
    [storageKey],
  );

  return {
    draft,
    source: sourceOf(draft, spec),
    setLanguage: (language) => save({ ...draft, language }),
    setSource: (code) => save({ ...draft, sources: { ...draft.sources, [draft.language]: code } }),
    reset: () => {
      const { [draft.language]: _dropped, ...rest } = draft.sources;
      save({ ...draft, sources: rest });
    },
  };
}
