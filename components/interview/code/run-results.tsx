// What a run in the browser found: a one-line summary (or the stop message), each visible test
// with its input, expected and actual values or its error, and what the code printed.
import { CheckCircle2, XCircle } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { CodeBlock } from "@/components/ui/code-block";
import { type CodeTest, jsonPreview as json, type RunResult } from "@/lib/code/types";

function summary(run: RunResult): string {
  const passed = run.results.filter((r) => r.passed).length;
  if (run.outcome !== "ok") return run.outcome === "error" ? "Your code did not run." : "Your code was stopped.";
  return `${passed} of ${run.results.length} visible test${run.results.length === 1 ? "" : "s"} passed (${run.ms} ms).`;
}

export function RunResults({ run, tests, hiddenTests }: { run: RunResult; tests: CodeTest[]; hiddenTests: number }) {
  const byName = new Map(tests.map((t) => [t.name, t]));
  return (
    <div className="grid min-w-0 gap-3" data-testid="code-results">
      <p className="text-sm font-medium" data-testid="code-outcome" data-outcome={run.outcome}>
        {summary(run)}
        {hiddenTests > 0 ? (
          <span className="font-normal text-muted-foreground"> {hiddenTests === 1 ? "1 hidden test also runs" : `${hiddenTests} hidden tests also run`} when you submit.</span>
        ) : null}
      </p>
      {run.message ? (
        <Alert variant="destructive" data-testid="code-message">
          <p className="whitespace-pre-wrap break-words">{run.message}</p>
        </Alert>
      ) : null}
      <ul className="grid gap-2">
        {run.results.map((result) => {
          const test = byName.get(result.name);
          return (
            <li key={result.name} className="min-w-0 rounded-md border p-3 text-sm" data-testid="code-test" data-passed={result.passed}>
              <p className="flex items-center gap-2 font-medium">
                {result.passed ? (
                  <CheckCircle2 className="size-4 shrink-0 text-green-600 dark:text-green-400" aria-hidden />
                ) : (
                  <XCircle className="size-4 shrink-0 text-destructive" aria-hidden />
                )}
                <span className="break-words">{result.name}</span>
                <span className="sr-only">{result.passed ? "passed" : "failed"}</span>
              </p>
              {test ? (
                <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 font-mono text-xs">
                  <dt className="text-muted-foreground">Input</dt>
                  <dd className="break-all">{test.args.map((arg) => json(arg)).join(", ")}</dd>
                  <dt className="text-muted-foreground">Expected</dt>
                  <dd className="break-all">{json(test.expected)}</dd>
                  {result.actual !== undefined ? (
                    <>
                      <dt className="text-muted-foreground">Got</dt>
                      <dd className="break-all">{result.actual}</dd>
                    </>
                  ) : null}
                </dl>
              ) : null}
              {result.error ? <p className="mt-2 whitespace-pre-wrap break-words text-xs text-destructive">{result.error}</p> : null}
            </li>
          );
        })}
      </ul>
      {run.stdout ? (
        <div className="grid min-w-0 gap-1">
          <p className="text-sm font-medium">Output</p>
          <CodeBlock label="What your code printed" data-testid="code-stdout" className="max-h-48" wrap>
            {run.stdout}
          </CodeBlock>
        </div>
      ) : null}
    </div>
  );
}
