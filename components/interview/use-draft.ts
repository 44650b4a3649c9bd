"use client";
// The answer being typed survives reloads, errors and coming back the next day.
import { useCallback, useEffect, useState } from "react";

const key = (sessionId: string, turn: number | undefined) => `interview-draft:${sessionId}:${turn ?? "none"}`;

export function useDraft(sessionId: string, turn: number | undefined) {
  const [draft, setDraft] = useState("");
  useEffect(() => {
    setDraft(window.localStorage.getItem(key(sessionId, turn)) ?? "");
  }, [sessionId, turn]);
  const update = useCallback(
    (text: string) => {
      setDraft(text);
      try {
        if (text) window.localStorage.setItem(key(sessionId, turn), text);
        else window.localStorage.removeItem(key(sessionId, turn));
      } catch {
        /* storage full or disabled: the draft still lives in memory */
      }
    },
    [sessionId, turn],
  );
  return [draft, update] as const;
}
