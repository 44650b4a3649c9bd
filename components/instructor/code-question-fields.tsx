// A coding question's own fields (language, starter code, tests, reference solution, entry
// function, limits), shown by QuestionFields only while the kind "Coding" is chosen. Checked by
// lib/questions/code/spec, in the browser, the server action and the CSV import alike.
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { CODE_LIMITS } from "@/lib/code/limits";
import { CODE_LANGUAGE_LABELS, CODE_LANGUAGES, type CodeSpec } from "@/lib/code/types";
import { CODE_SPEC_LIMITS, TESTS_EXAMPLE } from "@/lib/questions/code/spec";

/** The tests as the instructor edits them: one test per line, so a long list stays readable. */
export function testsAsText(tests: CodeSpec["tests"]): string {
  return `[\n${tests.map((t) => `  ${JSON.stringify(t)}`).join(",\n")}\n]`;
}

const mono = "font-mono text-xs sm:text-sm";

export function CodeQuestionFields({ idPrefix, testId, spec }: { idPrefix: string; testId: (name: string) => string | undefined; spec?: CodeSpec | null }) {
  const language = spec?.languages[0] ?? "javascript";
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset className="grid min-w-0 gap-3 rounded-md border p-3" data-testid={testId("code-fields")}>
      <legend className="px-1 text-sm font-medium">Coding question</legend>
      <div className="grid min-w-0 items-start gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <div className="grid min-w-0 gap-2">
          <Label htmlFor={id("language")}>Language</Label>
          <NativeSelect id={id("language")} name="language" defaultValue={language} data-testid={testId("language")}>
            {CODE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {CODE_LANGUAGE_LABELS[l]}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="grid min-w-0 gap-2">
          <Label htmlFor={id("entry")}>Function the tests call (optional)</Label>
          <Input
            id={id("entry")}
            name="entry"
            defaultValue={spec?.entry ?? ""}
            maxLength={CODE_SPEC_LIMITS.entryChars}
            className={mono}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={id("entry-hint")}
            data-testid={testId("entry")}
          />
          <p id={id("entry-hint")} className="text-xs text-muted-foreground">
            Blank: taken from the starter code (its first function).
          </p>
        </div>
      </div>
      <div className="grid min-w-0 gap-2">
        <Label htmlFor={id("starter")}>Starter code</Label>
        <Textarea
          id={id("starter")}
          name="starterCode"
          defaultValue={spec?.starter[language] ?? ""}
          rows={5}
          className={mono}
          maxLength={CODE_LIMITS.codeChars}
          spellCheck={false}
          placeholder={"function twoSum(numbers, target) {\n  // …\n}\n\nor, in Python:\n\ndef two_sum(numbers, target):\n    …"}
          aria-describedby={id("starter-hint")}
          data-testid={testId("starter")}
        />
        <p id={id("starter-hint")} className="text-xs text-muted-foreground">
          What the student's editor starts with: the function's signature and a comment is enough.
        </p>
      </div>
      <div className="grid min-w-0 gap-2">
        <Label htmlFor={id("tests")}>Tests (JSON)</Label>
        <Textarea
          id={id("tests")}
          name="tests"
          defaultValue={spec ? testsAsText(spec.tests) : ""}
          rows={5}
          className={mono}
          maxLength={CODE_SPEC_LIMITS.testsChars}
          spellCheck={false}
          placeholder={TESTS_EXAMPLE}
          aria-describedby={id("tests-hint")}
          data-testid={testId("tests")}
        />
        <p id={id("tests-hint")} className="text-xs break-words text-muted-foreground">
          A list of {"{name, args, expected, hidden}"}: the function is called with args and must return expected; hidden tests run only on submit, and at least one must be visible
          (up to {CODE_SPEC_LIMITS.tests}). Example: <code className="break-all">{TESTS_EXAMPLE}</code>
        </p>
      </div>
      <div className="grid min-w-0 gap-2">
        <Label htmlFor={id("solution")}>Reference solution (optional)</Label>
        <Textarea
          id={id("solution")}
          name="solution"
          defaultValue={spec?.solution[language] ?? ""}
          rows={5}
          className={mono}
          maxLength={CODE_LIMITS.codeChars}
          spellCheck={false}
          aria-describedby={id("solution-hint")}
          data-testid={testId("solution")}
        />
        <p id={id("solution-hint")} className="text-xs text-muted-foreground">
          Shown to the student in the report after the interview.
        </p>
      </div>
      <div className="grid min-w-0 gap-3 sm:grid-cols-2">
        <div className="grid min-w-0 gap-2">
          <Label htmlFor={id("time")}>Time limit in ms (optional)</Label>
          <Input id={id("time")} name="timeLimitMs" inputMode="numeric" defaultValue={spec?.limits?.timeMs ?? ""} aria-describedby={id("time-hint")} data-testid={testId("time")} />
          <p id={id("time-hint")} className="text-xs text-muted-foreground">
            {CODE_SPEC_LIMITS.timeMs.min}–{CODE_SPEC_LIMITS.timeMs.max} ms for all tests together; blank: {CODE_SPEC_LIMITS.timeMs.max}.
          </p>
        </div>
        <div className="grid min-w-0 gap-2">
          <Label htmlFor={id("memory")}>Memory limit in MB (optional)</Label>
          <Input
            id={id("memory")}
            name="memoryLimitMb"
            inputMode="numeric"
            defaultValue={spec?.limits?.memoryMb ?? ""}
            aria-describedby={id("memory-hint")}
            data-testid={testId("memory")}
          />
          <p id={id("memory-hint")} className="text-xs text-muted-foreground">
            {CODE_SPEC_LIMITS.memoryMb.min}–{CODE_SPEC_LIMITS.memoryMb.max} MB; blank: {CODE_SPEC_LIMITS.memoryMb.max}.
          </p>
        </div>
      </div>
    </fieldset>
  );
}
