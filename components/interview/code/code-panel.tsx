"use client";
// The coding answer: language choice, the editor, Run (the visible tests, in a Web Worker in this
// browser) and Reset to starter. Only loaded on coding turns (lazy-code-panel.tsx). What is run
// here is only for the student: the server runs every test again when the answer is submitted.
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { NativeSelect } from "@/components/ui/native-select";
import { hasTypedCode } from "@/lib/code/browser-drafts";
import { BrowserRunner, type WorkerLike } from "@/lib/code/browser-runner";
import { CODE_LANGUAGE_LABELS, type CodeLanguage, entryNameIn, type PublicCodeSpec, type RunResult } from "@/lib/code/types";
import { CodeEditor } from "./code-editor";
import { RunResults } from "./run-results";
import type { PanelCode } from "./room-code";
import { useCodeDraft } from "./use-code-draft";

type Props = {
  sessionId: string;
  turn: number;
  spec: PublicCodeSpec;
  readOnly: boolean;
  /** Told the code after every change, for the room to submit with the explanation. */
  onCode: (code: PanelCode) => void;
};

const newWorker = () => new Worker(new URL("./run-worker.ts", import.meta.url), { type: "module", name: "code-runner" }) as unknown as WorkerLike;

export function CodePanel({ sessionId, turn, spec, readOnly, onCode }: Props) {
  const code = useCodeDraft(sessionId, turn, spec);
  const onCodeNow = useRef(onCode);
  onCodeNow.current = onCode;
  const typed = hasTypedCode(code.draft, spec);
  useEffect(() => onCodeNow.current({ turn, answer: { language: code.draft.language, source: code.source }, typed }), [turn, code.draft.language, code.source, typed]);
  const runner = useRef<BrowserRunner | null>(null);
  useEffect(() => () => runner.current?.dispose(), []);
  const [running, setRunning] = useState(false);
  const [run, setRun] = useState<{ language: CodeLanguage; result: RunResult } | null>(null);
  const { language } = code.draft;
  const entry = entryNameIn(spec.entry, language);

  // Choosing Python starts loading it, so the first Run does not wait seconds for it.
  useEffect(() => {
    if (language !== "python" || readOnly) return;
    runner.current ??= new BrowserRunner(newWorker);
    runner.current.warm("python");
  }, [language, readOnly]);

  async function runTests() {
    runner.current ??= new BrowserRunner(newWorker);
    setRunning(true);
    try {
      const result = await runner.current.run({ language, code: code.source, entry, tests: spec.tests, limits: spec.limits });
      setRun({ language, result });
    } finally {
      setRunning(false);
    }
  }

  return (
    <section className="grid min-w-0 gap-3" aria-labelledby="code-label" data-testid="code-panel">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h3 id="code-label" className="text-sm font-medium">
          Your code
        </h3>
        {spec.languages.length > 1 ? (
          <div className="flex items-center gap-2 text-sm">
            <label htmlFor="code-language">Language</label>
            <NativeSelect
              id="code-language"
              value={language}
              onChange={(e) => code.setLanguage(e.target.value as CodeLanguage)}
              disabled={running || readOnly}
              data-testid="code-language"
            >
              {spec.languages.map((l) => (
                <option key={l} value={l}>
                  {CODE_LANGUAGE_LABELS[l]}
                </option>
              ))}
            </NativeSelect>
          </div>
        ) : (
          <span className="text-sm text-muted-foreground" data-testid="code-language-name">
            {CODE_LANGUAGE_LABELS[language]}
          </span>
        )}
      </div>
      <CodeEditor language={language} value={code.source} onChange={code.setSource} labelledBy="code-label" describedBy="code-hint" readOnly={readOnly} />
      <p id="code-hint" className="text-xs text-muted-foreground">
        Write a function named <code className="font-mono">{entry}</code>: the tests call it. Tab indents; press Esc then Tab to leave the editor.
        {language === "python" ? " The first Python run loads Python into this page, which takes a few seconds." : ""}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={() => void runTests()} disabled={running || readOnly} data-testid="code-run">
          {running ? "Running…" : `Run ${spec.tests.length} visible test${spec.tests.length === 1 ? "" : "s"}`}
        </Button>
        <ConfirmDialog
          trigger={
            <Button type="button" variant="outline" disabled={running || readOnly} data-testid="code-reset">
              Reset to starter
            </Button>
          }
          title="Reset to the starter code?"
          description={`Your ${CODE_LANGUAGE_LABELS[language]} code is replaced by the starter code. Code in other languages stays.`}
          cancelLabel="Keep my code"
          confirmLabel="Reset"
          onConfirm={code.reset}
          testIds={{ confirm: "code-reset-confirm" }}
        />
      </div>
      <div aria-live="polite" className="min-w-0">
        {run && run.language === language ? <RunResults run={run.result} tests={spec.tests} hiddenTests={spec.hiddenTests} /> : null}
      </div>
    </section>
  );
}
