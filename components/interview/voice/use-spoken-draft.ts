"use client";
// What the room keeps about an answer given out loud: its timing across recordings (kept on this
// device with the draft, so a reload does not turn a spoken answer into a typed one), the
// hands-free setting, and hands-free's last step — a short countdown before the transcript is
// submitted, which Escape, a click or any edit stops.
import { useCallback, useEffect, useRef, useState } from "react";
import type { SpokenAnswer } from "@/lib/domain";
import { spokenSchema } from "@/lib/speech/spoken";
import { AUTO_SUBMIT_SECONDS, addSpokenPart, type SpokenPart } from "@/lib/speech/recording";

const spokenKey = (sessionId: string, turn: number | undefined) => `interview-spoken:${sessionId}:${turn ?? "none"}`;
const HANDS_FREE_KEY = "interview-hands-free";

/** What this device kept, or null when storage is blocked or the value is not ours. */
function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    /* storage full or disabled: it still lives in memory */
  }
}

export function useSpokenDraft(sessionId: string, turn: number | undefined, submit: () => void) {
  const [spoken, setSpoken] = useState<SpokenAnswer | null>(null);
  const [handsFree, setHandsFreeState] = useState(false);
  const [autoSubmit, setAutoSubmit] = useState<number | null>(null);
  const latestSubmit = useRef(submit);
  latestSubmit.current = submit;

  useEffect(() => {
    setHandsFreeState(read(HANDS_FREE_KEY) === "on");
  }, []);
  useEffect(() => {
    setAutoSubmit(null);
    let saved: unknown = null;
    try {
      saved = JSON.parse(read(spokenKey(sessionId, turn)) ?? "null");
    } catch {
      /* not ours: treated as nothing kept */
    }
    const parsed = spokenSchema.safeParse(saved);
    setSpoken(parsed.success ? parsed.data : null);
  }, [sessionId, turn]);

  const setHandsFree = useCallback((on: boolean) => {
    setHandsFreeState(on);
    if (!on) setAutoSubmit(null);
    store(HANDS_FREE_KEY, on ? "on" : null);
  }, []);

  const save = useCallback(
    (next: SpokenAnswer | null) => {
      setSpoken(next);
      store(spokenKey(sessionId, turn), next ? JSON.stringify(next) : null);
    },
    [sessionId, turn],
  );

  /** A recording's transcript joined the answer; hands-free counts down to submitting it. */
  const addPart = useCallback(
    (part: SpokenPart, fromHandsFree: boolean) => {
      setSpoken((previous) => {
        const next = addSpokenPart(previous, part);
        store(spokenKey(sessionId, turn), JSON.stringify(next));
        return next;
      });
      if (fromHandsFree) setAutoSubmit(AUTO_SUBMIT_SECONDS);
    },
    [sessionId, turn],
  );

  /** The answer box was emptied: what is in it now was not spoken. */
  const forget = useCallback(() => save(null), [save]);
  const cancelAutoSubmit = useCallback(() => setAutoSubmit(null), []);

  useEffect(() => {
    if (autoSubmit === null) return;
    if (autoSubmit === 0) {
      setAutoSubmit(null);
      return latestSubmit.current();
    }
    const t = window.setTimeout(() => setAutoSubmit((s) => (s === null ? null : s - 1)), 1000);
    return () => window.clearTimeout(t);
  }, [autoSubmit]);

  useEffect(() => {
    if (autoSubmit === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      setAutoSubmit(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [autoSubmit]);

  return { spoken, handsFree, setHandsFree, addPart, forget, autoSubmit, cancelAutoSubmit };
}
