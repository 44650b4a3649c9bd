"use client";
// The coding panel, loaded on demand: CodeMirror and the runner are in their own chunks, fetched
// only when a coding question is on screen, so every other turn's page stays as light as before.
import dynamic from "next/dynamic";

export const LazyCodePanel = dynamic(() => import("./code-panel").then((m) => m.CodePanel), {
  ssr: false,
  loading: () => (
    <div className="grid h-64 place-items-center rounded-md border text-sm text-muted-foreground" data-testid="code-panel-loading">
      Loading the code editor…
    </div>
  ),
});
