// A coding answer in the report: the code as submitted, every test's result from the server's
// run (a visible test with its input and expectation, a hidden one by name only), what the code
// printed, and the question's reference solution to compare with. Plain text in <pre>: the
// report stays light (no editor code), and long lines scroll inside their box, not the page.
import { CheckCircle2, XCircle } from "lucide-react";
import { CodeBlock } from "@/components/ui/code-block";
import { CODE_LANGUAGE_LABELS, jsonPreview } from "@/lib/code/types";
import type { AnsweredCode } from "@/lib/questions/code/report";

const json = (value: unknown) => jsonPreview(value, 300);

/** `whose`: "Your" in the student's report, "The student's" in an instructor's transcript. */
export function CodeAnswer({ code, whose = "Your" }: { code: AnsweredCode; whose?: "Your" | "The student's" }) {
  const passed = code.run.results.filter((r) => r.passed).length;
  const language = CODE_LANGUAGE_LABELS[code.language];
  return (
    <div className="grid min-w-0 gap-3 [&>*]:min-w-0" data-testid="code-answer">
      <div>
        <h4 className="font-medium">
          {whose} code ({language})
        </h4>
        <div className="mt-1">
          <CodeBlock label={`${whose} code in ${language}`} data-testid="submitted-code">
            {code.source}
          </CodeBlock>
        </div>
      </div>
      <div>
        <h4 className="font-medium">
          Tests:{" "}
          <span data-testid="tests-passed">
            {passed} of {code.run.results.length} passed
          </span>
        </h4>
        {code.run.outcome !== "ok" && code.run.message ? (
          <p className="mt-1 text-destructive" data-testid="run-stopped">
            {code.run.message}
          </p>
        ) : null}
        <ul className="mt-1 grid gap-1" data-testid="test-results">
          {code.run.results.map((r) => {
            const shown = code.visible[r.name];
            return (
              <li key={`${r.hidden}:${r.name}`} className="flex min-w-0 gap-2" data-testid="test-result" data-passed={r.passed}>
                {r.passed ? (
                  <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-success" aria-label="Passed" />
                ) : (
                  <XCircle className="mt-0.5 size-4 shrink-0 text-destructive" aria-label="Failed" />
                )}
                <span className="min-w-0 break-words">
                  {r.hidden ? "Hidden test: " : ""}
                  {r.name}
                  {!r.passed && shown ? (
                    <span className="block font-mono text-xs text-muted-foreground">
                      input {json(shown.args)} · expected {json(shown.expected)} · got {r.actual ?? "—"}
                    </span>
                  ) : null}
                  {!r.passed && r.error ? <span className="block text-xs text-muted-foreground">{r.error}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      {code.run.stdout ? (
        <details>
          <summary className="cursor-pointer font-medium">What the code printed</summary>
          <div className="mt-1">
            <CodeBlock label="What the code printed" data-testid="run-output" wrap>
              {code.run.stdout}
            </CodeBlock>
          </div>
        </details>
      ) : null}
      {code.solution ? (
        <details data-testid="reference-solution">
          <summary className="cursor-pointer font-medium">A reference solution ({CODE_LANGUAGE_LABELS[code.solution.language]})</summary>
          <div className="mt-1">
            <CodeBlock label="A reference solution" data-testid="solution-code">
              {code.solution.source}
            </CodeBlock>
          </div>
        </details>
      ) : null}
    </div>
  );
}
