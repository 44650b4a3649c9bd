// Who graded a turn and who wrote a report, in words a student understands. A turn's grader is
// "offline" (no model configured), "model:<name>", or "offline (model <reason>)" when the model
// failed and the built-in grader stepped in.

const FALLBACK_REASONS: Record<string, string> = {
  timeout: "the AI model took too long to answer",
  http: "the AI model's service returned an error",
  invalid_output: "the AI model's reply could not be read",
  error: "the AI model did not answer",
  budget: "the AI model's usage limit was reached",
  circuit_open: "the AI model was not answering at the time",
};

/** The reason the model did not grade this turn, or null when it did (or none was set up). */
export function fallbackReason(grader: string | null | undefined): string | null {
  const m = grader?.match(/^offline \(model ([a-z_]+)\)$/);
  if (!m) return null;
  return FALLBACK_REASONS[m[1]!] ?? FALLBACK_REASONS.error!;
}

/** A note for the student when the built-in grader stood in for the model; null otherwise. */
export function graderNote(grader: string | null | undefined): string | null {
  const reason = fallbackReason(grader);
  return reason ? `Graded by the built-in grader because ${reason}. It compares your answer with the model answer's key points.` : null;
}

/** For instructors: "built-in grader", "model gpt-x", "built-in grader (model timeout)". */
export function graderLabel(grader: string | null | undefined): string {
  if (!grader) return "unknown";
  if (grader === "offline") return "built-in grader";
  if (grader.startsWith("model:")) return `model ${grader.slice(6)}`;
  const m = grader.match(/^offline \(model ([a-z_]+)\)$/);
  return m ? `built-in grader (model ${m[1]!.replace("_", " ")})` : grader;
}

/** Who wrote the report's summary lists. */
export function authorLine(generatedBy: string, updatedAfterOverride?: boolean): string {
  const who = generatedBy.startsWith("model:") ? `the AI model ${generatedBy.slice(6)}` : "the built-in grader";
  return `Summary written by ${who}${updatedAfterOverride ? ", updated after your instructor changed a grade" : ""}. Scores are always computed from the grades.`;
}
