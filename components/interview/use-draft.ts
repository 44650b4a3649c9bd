"use client";
// The answer being typed survives reloads, errors and coming back the next day.
import { useCallback, useEffect, useState } from "react";
import { keepDraft } from "./keep-draft";

const key = (sessionId: string, turn: number | undefined) => `interview-draft:${sessionId}:${turn ?? "none"}`;

export function useDraft(sessionId: string, turn: number | undefined) {
  const [draft, setDraft] = useState("");
  useEffect(() => {
    // Restore a saved draft, but never wipe what was typed since the question appeared.
    const saved = window.localStorage.getItem(key(sessionId, turn));
    if (saved) setDraft((current) => current || saved);
  }, [sessionId, turn]);
  const update = useCallback(
    (text: string) => {
      setDraft(text);
      keepDraft(key(sessionId, turn), text || null);
    },
    [sessionId, turn],
  );
  return [draft, update] as const;
}
