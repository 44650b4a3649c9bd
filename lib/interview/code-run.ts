import "server-only";
// Before a coding answer is claimed and graded: its code is run on the server against every
// test of the question as asked (hidden ones too), in the student's one run slot. The browser's
// own run is never sent or trusted; what is kept with the answer is this run.
import { codeMessages } from "@/lib/code/limits";
import { inRunSlot } from "@/lib/code/run-slots";
import { runOnServer } from "@/lib/code/server-runner";
import { CODE_LANGUAGE_LABELS, entryNameIn } from "@/lib/code/types";
import { codeSpecOfTurn } from "@/lib/db/queries/interviews";
import type { Answer } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { readCodeSpec } from "@/lib/questions/code/spec";
import { timed } from "@/lib/timing";
import type { SubmittedAnswer } from "./answer";

/**
 * The answer with its server run. An answer without code is returned as sent, with no lookup:
 * the claim takes it only for a turn that is not a coding one (and the service explains a refusal).
 */
export async function withServerRun(studentId: string, sessionId: string, turn: number, submitted: SubmittedAnswer): Promise<Answer> {
  const { code, ...rest } = submitted;
  if (!code) return rest;
  const found = await codeSpecOfTurn(sessionId, studentId, turn);
  if (!found) return rest; // not theirs, or not asked yet: the claim gives the right refusal
  if (!found.isCode) throw new AppError("bad_request:code", codeMessages.notCoding);
  const spec = readCodeSpec(found.code);
  if (!spec) throw new AppError("unavailable:code", "This coding question's tests could not be read. Tell your instructor; your answer is still in the box.");
  if (!code.source.trim()) throw new AppError("bad_request:code", codeMessages.noCode);
  if (!spec.languages.includes(code.language)) {
    throw new AppError("bad_request:code", codeMessages.wrongLanguage(spec.languages.map((l) => CODE_LANGUAGE_LABELS[l]).join(" or ")));
  }
  const run = await inRunSlot(studentId, () =>
    timed("code-run", () => runOnServer({ language: code.language, code: code.source, entry: entryNameIn(spec.entry, code.language), tests: spec.tests, limits: spec.limits })),
  );
  return { ...rest, code: { ...code, run } };
}
