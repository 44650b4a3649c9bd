"use client";
// The coding panel, loaded on demand: CodeMirror and the runner are in their own chunks, fetched
// only when a coding question is on screen, so every other turn's page stays as light as before.
// A plain dynamic import rather than next/dynamic, whose loader would itself join every page's
// first load (≈2–3 kB gzip, measured).
import { type ComponentProps, type ComponentType, useEffect, useState } from "react";
import type { CodePanel } from "./code-panel";

type Props = ComponentProps<typeof CodePanel>;

export function LazyCodePanel(props: Props) {
  const [Panel, setPanel] = useState<ComponentType<Props> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import("./code-panel").then(
      (m) => live && setPanel(() => m.CodePanel),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (Panel) return <Panel {...props} />;
  return (
    <div className="grid h-64 place-items-center rounded-md border p-4 text-center text-sm text-muted-foreground" data-testid="code-panel-loading">
      {failed ? "The code editor could not be loaded. Check your connection and reload the page: your draft is kept." : "Loading the code editor…"}
    </div>
  );
}
