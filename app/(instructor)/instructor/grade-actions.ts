"use server";
// Grade overrides and confirmations on a student's turn (both make the answer a graded example), an instructorAction (lib/actions/define); the data layer checks the turn is in the caller's class.
import { z } from "zod";
import { instructorAction } from "@/lib/actions/define";
import { batchPath, id } from "@/lib/actions/fields";
import { done } from "@/lib/actions/result";
import { overrideGrade } from "@/lib/db/queries/grades";
import { confirmGrade } from "@/lib/db/queries/grading-examples";
import { VERDICTS } from "@/lib/domain";

const overrideSchema = z.object({
  turnId: id,
  verdict: z.enum(VERDICTS),
  score: z.coerce.number().int("Use a whole number.").min(0, "Scores go from 0 to 100.").max(100, "Scores go from 0 to 100."),
  reason: z.string().trim().min(3, "Give a short reason; the student will see it.").max(500),
  /** "no": a one-off regrade the grader should not learn from (the form's box, ticked by default). */
  asExample: z.enum(["yes", "no"]).default("yes"),
});

export const overrideGradeAction = instructorAction(
  overrideSchema,
  async ({ input, user, audit, revalidate }) => {
    const result = await overrideGrade({ ...input, asExample: input.asExample === "yes", instructorId: user.id });
    // Old and new grade side by side, so the log alone tells what changed and why.
    await audit({
      action: "grade.override",
      targetType: "turn",
      targetId: input.turnId,
      batchId: result.batchId,
      metadata: {
        previousVerdict: result.previous.verdict?.toLowerCase() ?? null,
        previousScore: result.previous.score,
        verdict: input.verdict.toLowerCase(),
        score: input.score,
        reason: input.reason,
        asExample: input.asExample === "yes",
      },
    });
    revalidate(batchPath(result.batchId), "layout");
    revalidate(`/report/${result.sessionId}`);
    return done(`Grade changed to ${input.verdict.toLowerCase()} (${input.score}/100). The session score is now ${result.overall ?? "—"}.`);
  },
  { surface: "batch" },
);

/** "The grader was right": the answer becomes an example for its question with the grade it has. */
export const confirmGradeAction = instructorAction(
  z.object({ turnId: id }),
  async ({ input, user, audit, revalidate }) => {
    const result = await confirmGrade({ turnId: input.turnId, instructorId: user.id });
    if (!result.created) return done("Already an example for the grader.");
    await audit({
      action: "grade.confirm",
      targetType: "turn",
      targetId: input.turnId,
      batchId: result.batchId,
      metadata: { verdict: result.verdict.toLowerCase(), score: result.score },
    });
    revalidate(batchPath(result.batchId), "layout");
    return done(`Confirmed: the grader will use this answer as an example of ${result.verdict.toLowerCase()} (${result.score}/100).`);
  },
  { surface: "turn" },
);
