"use server";
// Grade overrides on a student's turn.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireInstructor } from "@/lib/auth/guards";
import { overrideGrade } from "@/lib/db/queries/grades";
import { VERDICTS } from "@/lib/domain";
import { audit, batchPath, fail, type FormState, id } from "./action-support";

const overrideSchema = z.object({
  turnId: id,
  verdict: z.enum(VERDICTS),
  score: z.coerce.number().int("Use a whole number.").min(0, "Scores go from 0 to 100.").max(100, "Scores go from 0 to 100."),
  reason: z.string().trim().min(3, "Give a short reason; the student will see it.").max(500),
});

export async function overrideGradeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = overrideSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  try {
    const instructor = await requireInstructor();
    const result = await overrideGrade({ ...parsed.data, instructorId: instructor.id });
    // Old and new grade side by side, so the log alone tells what changed and why.
    await audit(instructor.id, "grade.override", "turn", parsed.data.turnId, result.batchId, {
      previousVerdict: result.previous.verdict?.toLowerCase() ?? null,
      previousScore: result.previous.score,
      verdict: parsed.data.verdict.toLowerCase(),
      score: parsed.data.score,
      reason: parsed.data.reason,
    });
    revalidatePath(batchPath(result.batchId), "layout");
    revalidatePath(`/report/${result.sessionId}`);
    return { ok: true, message: `Grade changed to ${parsed.data.verdict.toLowerCase()} (${parsed.data.score}/100). The session score is now ${result.overall ?? "—"}.` };
  } catch (error) {
    return fail(error);
  }
}
