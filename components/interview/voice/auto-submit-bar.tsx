"use client";
// Hands-free's last step, under the Submit button: the seconds before the transcript is sent,
// and a way to stop it. The room's status region announces it once; the ticking is for the eyes.
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

export function AutoSubmitBar({ seconds, onCancel }: { seconds: number; onCancel: () => void }) {
  const bar = useRef<HTMLDivElement>(null);
  // On a phone this is the one way to stop it (no Esc key): it must be on screen.
  // Braces: scrollIntoView returns a promise in newer browsers, and an effect may return only a cleanup.
  useEffect(() => {
    bar.current?.scrollIntoView({ block: "nearest" });
  }, []);
  return (
    <div ref={bar} className="flex flex-wrap items-center gap-3 text-sm" data-testid="auto-submit">
      <p aria-hidden>Submitting in {seconds} s. Edit the answer or press Esc to check it first.</p>
      <Button type="button" variant="outline" size="sm" onClick={onCancel} data-testid="auto-submit-cancel">
        Let me check it
      </Button>
    </div>
  );
}
