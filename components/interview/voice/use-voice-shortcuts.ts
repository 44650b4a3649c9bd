"use client";
// The recorder's keyboard shortcuts, anywhere in the interview room (the answer box included):
// Alt+R records and stops, Alt+P pauses and resumes, Alt+H turns hands-free on and off, Escape
// stops a countdown. Keys are read by their place on the keyboard (KeyR), not the character, so
// Option+R on a Mac (which types "®") works too.
import { useEffect, useRef } from "react";

type Shortcuts = {
  toggleRecording: () => void;
  togglePause: () => void;
  toggleHandsFree: () => void;
  /** True when there was a countdown to stop (then Escape goes no further). */
  cancelCountdown: () => boolean;
};

export function useVoiceShortcuts(shortcuts: Shortcuts) {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && latest.current.cancelCountdown()) return e.preventDefault();
      if (!e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const action = { KeyR: latest.current.toggleRecording, KeyP: latest.current.togglePause, KeyH: latest.current.toggleHandsFree }[e.code];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
