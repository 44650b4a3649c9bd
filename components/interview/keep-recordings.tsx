"use client";
// The student's choice to keep their spoken answers' recordings (off unless turned on). Saved as
// soon as it changes, by its own action, and the saved line is announced (a polite live region),
// so a screen-reader user hears that it took. Where the recordings go: each answer's report,
// with a player and a Delete button.
import { useState } from "react";
import type { StateAction } from "@/lib/actions/result";

/** The form the action reads (lib/speech/preferences keepRecordingsForm). */
export function keepRecordingsFormData(keep: boolean): FormData {
  const f = new FormData();
  f.set("keepRecordings", keep ? "on" : "off");
  return f;
}

export function KeepRecordings({ initial, save }: { initial: boolean; save: StateAction }) {
  const [keep, setKeep] = useState(initial);
  const [line, setLine] = useState<{ ok: boolean; text: string } | null>(null);

  async function change(next: boolean) {
    setKeep(next);
    setLine(null);
    const result = await save(null, keepRecordingsFormData(next));
    if (result.ok) setLine({ ok: true, text: result.message ?? "Saved." });
    else {
      setKeep(!next); // not saved: show what is still stored
      setLine({ ok: false, text: result.message });
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="keep-recordings">
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-0.5 size-4 shrink-0" checked={keep} onChange={(e) => change(e.target.checked)} data-testid="keep-recordings-toggle" />
        Keep my recordings so I can listen back (you can delete them)
      </label>
      <p aria-live="polite" className={`text-xs ${line && !line.ok ? "text-destructive" : "text-muted-foreground"}`} data-testid="keep-recordings-saved">
        {line?.text ?? ""}
      </p>
    </div>
  );
}
