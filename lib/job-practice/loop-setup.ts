// A loop's setup: the role, level and language (the same rules as a single interview), the rounds
// in the student's order, and whether the saved resume and job description tailor it. One home,
// used by the setup form in the browser and its server action. No server imports.
import { z } from "zod";
import { loopRoundsSchema } from "./rounds";
import { jobSetupSchema } from "./setup";

export const loopSetupSchema = z.object({
  role: jobSetupSchema.shape.role,
  seniority: jobSetupSchema.shape.seniority,
  language: jobSetupSchema.shape.language,
  rounds: loopRoundsSchema,
  useResume: z.boolean().default(false),
  useJobDescription: z.boolean().default(false),
});

export type LoopSetupInput = z.input<typeof loopSetupSchema>;
export type LoopSetup = z.output<typeof loopSetupSchema>;

/** The form's fields as the schema reads them: one `roundKind` and `roundCount` per picked round, in order; ticked boxes send "on". */
export function readLoopForm(form: FormData): Record<string, unknown> {
  const kinds = form.getAll("roundKind");
  const counts = form.getAll("roundCount");
  return {
    role: form.get("role") ?? "",
    seniority: form.get("seniority") ?? "",
    language: form.get("language") ?? "en",
    rounds: kinds.map((kind, i) => ({ kind, questionCount: counts[i] })),
    useResume: form.get("useResume") === "on",
    useJobDescription: form.get("useJobDescription") === "on",
  };
}
