// A coding question as its instructor reviews it: the language, the function the tests call, the
// limits, the starter code, every test (hidden ones marked) and the reference solution.
import { Badge } from "@/components/ui/badge";
import { CODE_LIMITS } from "@/lib/code/limits";
import { CodeBlock } from "@/components/ui/code-block";
import { CODE_LANGUAGE_LABELS, type CodeSpec, entryNameIn, jsonPreview as json } from "@/lib/code/types";

export function CodeSpecView({ spec }: { spec: CodeSpec }) {
  const language = spec.languages[0]!;
  const hidden = spec.tests.filter((t) => t.hidden).length;
  const starter = spec.starter[language];
  const solution = spec.solution[language];
  return (
    <div className="grid min-w-0 gap-3" data-testid="question-code">
      <p className="text-muted-foreground">
        {CODE_LANGUAGE_LABELS[language]} · the tests call <code className="font-mono text-foreground">{entryNameIn(spec.entry, language)}</code> · at most{" "}
        {spec.limits?.timeMs ?? CODE_LIMITS.timeMs} ms and {spec.limits?.memoryMb ?? CODE_LIMITS.memoryBytes / 1024 / 1024} MB per run
      </p>
      <div className="grid min-w-0 gap-1">
        <h3 className="font-medium">Starter code</h3>
        {starter ? (
          <CodeBlock label="Starter code" data-testid="question-starter">
            {starter}
          </CodeBlock>
        ) : (
          <p className="text-muted-foreground">None: the editor starts empty.</p>
        )}
      </div>
      <div className="grid min-w-0 gap-1">
        <h3 className="font-medium">
          Tests ({spec.tests.length}, {hidden} hidden)
        </h3>
        <p className="text-xs text-muted-foreground">Students see and run the visible tests; hidden tests run only when they submit.</p>
        <ul className="grid min-w-0 gap-1" data-testid="question-tests">
          {spec.tests.map((t, i) => (
            <li key={i} className="grid min-w-0 gap-1 rounded-md border p-2" data-testid="question-test">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium break-words">{t.name}</span>
                {t.hidden ? (
                  <Badge variant="secondary" data-testid="question-test-hidden">
                    hidden
                  </Badge>
                ) : null}
              </div>
              <code className="font-mono text-xs break-all text-muted-foreground">
                {entryNameIn(spec.entry, language)}({t.args.map((arg) => json(arg)).join(", ")}) → {json(t.expected)}
              </code>
            </li>
          ))}
        </ul>
      </div>
      <div className="grid min-w-0 gap-1">
        <h3 className="font-medium">Reference solution</h3>
        {solution ? (
          <CodeBlock label="Reference solution" data-testid="question-solution">
            {solution}
          </CodeBlock>
        ) : (
          <p className="text-muted-foreground">None given.</p>
        )}
      </div>
    </div>
  );
}
