import "server-only";
// Before a coding question is saved by hand: its reference solution, when there is one, is run on
// the server against every test, so a wrong expected value is caught by the instructor who wrote
// it rather than by every student who meets it. (A CSV import is checked for shape only: running
// hundreds of solutions would hold the import for minutes; the question page shows the spec.)
import { inRunSlot } from "@/lib/code/run-slots";
import { runOnServer } from "@/lib/code/server-runner";
import { CODE_LANGUAGE_LABELS, type CodeSpec, entryNameIn, jsonPreview } from "@/lib/code/types";
import { AppError } from "@/lib/errors";

/** A value as the instructor reads it, clipped: a failing test's output may be long. */
const shown = (value: unknown) => jsonPreview(value, 120);

/** Refuses the spec (400, a message naming the test) when a reference solution fails its own tests. */
export async function checkReferenceSolutions(spec: CodeSpec | null | undefined, userId: string): Promise<void> {
  if (!spec) return;
  for (const language of spec.languages) {
    const code = spec.solution[language];
    if (!code) continue;
    const run = await inRunSlot(userId, () => runOnServer({ language, code, entry: entryNameIn(spec.entry, language), tests: spec.tests, limits: spec.limits }));
    const label = CODE_LANGUAGE_LABELS[language];
    if (run.outcome !== "ok") throw new AppError("bad_request:question", `The ${label} reference solution does not run: ${run.message ?? run.outcome}`);
    const failed = run.results.find((r) => !r.passed);
    if (!failed) continue;
    const test = spec.tests.find((t) => t.name === failed.name);
    const why = failed.error
      ? failed.error
      : `it returned ${failed.actual === undefined ? "nothing" : shown(JSON.parse(failed.actual))} where the test expects ${shown(test?.expected)}`;
    throw new AppError("bad_request:question", `The ${label} reference solution fails the test “${failed.name}”: ${why}. Fix the test or the solution.`);
  }
}
