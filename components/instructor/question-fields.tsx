// The fields of one question (text, kind, difficulty, key points, reference answer, and a coding
// question's own), shared by the add form and each question's edit form, with the limits of
// lib/questions/validation. The coding fields show while "Coding" is chosen: by CSS (:has on the
// selected option), so they appear before hydration and without a state to keep in step with a
// form reset.
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { CodeSpec } from "@/lib/code/types";
import { KEY_POINTS_HINT, MAX_REFERENCE_ANSWER_CHARS, MAX_KEY_POINTS, MAX_KEY_POINTS_CHARS, MAX_QUESTION_CHARS } from "@/lib/questions/validation";
import { CodeQuestionFields } from "./code-question-fields";

type Defaults = { text?: string; kind?: string; difficulty?: string; keyPoints?: string[]; referenceAnswer?: string | null; code?: CodeSpec | null };

// While the kind select's "Coding" option is selected (the group is this form's fields).
const codingOnly = "hidden group-has-[option[value=CODE]:checked]/question:grid";
const codingOnlyInline = "hidden group-has-[option[value=CODE]:checked]/question:inline";
const notCoding = "group-has-[option[value=CODE]:checked]/question:hidden";

/** `idPrefix` keeps the ids unique on a page with many forms; `testIdPrefix` names the controls for tests. */
export function QuestionFields({ idPrefix, testIdPrefix, defaults = {} }: { idPrefix: string; testIdPrefix?: string; defaults?: Defaults }) {
  const testId = (name: string) => (testIdPrefix ? `${testIdPrefix}-${name}` : undefined);
  return (
    <div className="group/question grid min-w-0 gap-3">
      <div className="grid min-w-0 gap-2">
        <Label htmlFor={`${idPrefix}-text`}>Question</Label>
        <Textarea id={`${idPrefix}-text`} name="text" defaultValue={defaults.text} rows={2} className="min-h-16" maxLength={MAX_QUESTION_CHARS} data-testid={testId("text")} />
      </div>
      <div className="grid min-w-0 gap-2">
        <Label htmlFor={`${idPrefix}-kind`}>Kind</Label>
        <NativeSelect
          id={`${idPrefix}-kind`}
          name="kind"
          defaultValue={defaults.kind ?? "CONCEPT"}
          className="w-full min-w-0 sm:w-fit"
          aria-describedby={`${idPrefix}-kind-hint`}
          data-testid={testId("kind") ?? "question-kind"}
        >
          <option value="CONCEPT">Concept — explain an idea</option>
          <option value="BEHAVIOURAL">Behavioural — tell me about a time…</option>
          <option value="CODE">Coding — write a function that passes tests</option>
        </NativeSelect>
        <p id={`${idPrefix}-kind-hint`} className="text-xs text-muted-foreground">
          Behavioural answers are graded for situation, task, action and result as well as the key points. Coding answers are graded mostly by their tests, and the explanation
          beside the code like a concept answer.
        </p>
      </div>
      <div className={codingOnly}>
        <CodeQuestionFields idPrefix={idPrefix} testId={testId} spec={defaults.code} />
      </div>
      <div className="grid min-w-0 items-start gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <div className="grid min-w-0 gap-2">
          <Label htmlFor={`${idPrefix}-difficulty`}>Difficulty</Label>
          <NativeSelect id={`${idPrefix}-difficulty`} name="difficulty" defaultValue={defaults.difficulty ?? "MEDIUM"} data-testid={testId("difficulty")}>
            <option value="EASY">Easy</option>
            <option value="MEDIUM">Medium</option>
            <option value="HARD">Hard</option>
          </NativeSelect>
        </div>
        <div className="grid min-w-0 gap-2">
          <Label htmlFor={`${idPrefix}-points`}>Key points (up to {MAX_KEY_POINTS})</Label>
          <Textarea
            id={`${idPrefix}-points`}
            name="keyPoints"
            defaultValue={defaults.keyPoints?.join("\n")}
            rows={2}
            className="min-h-16"
            maxLength={MAX_KEY_POINTS_CHARS}
            aria-describedby={`${idPrefix}-points-hint`}
            data-testid={testId("points")}
          />
          <p id={`${idPrefix}-points-hint`} className="text-xs text-muted-foreground">
            {KEY_POINTS_HINT}
          </p>
        </div>
      </div>
      <div className="grid min-w-0 gap-2">
        <Label htmlFor={`${idPrefix}-answer`}>
          <span className={notCoding}>Reference answer (optional)</span>
          <span className={codingOnlyInline}>What a good explanation says: the approach and its complexity (optional)</span>
        </Label>
        <Textarea
          id={`${idPrefix}-answer`}
          name="referenceAnswer"
          defaultValue={defaults.referenceAnswer ?? ""}
          rows={3}
          className="min-h-20"
          maxLength={MAX_REFERENCE_ANSWER_CHARS}
          data-testid={testId("answer")}
        />
      </div>
    </div>
  );
}
