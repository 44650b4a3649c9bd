"use server";
// Student actions, each a studentAction (lib/actions/define): zod → requireStudent() → data layer / service → audit.
import { redirect } from "next/navigation";
import { z } from "zod";
import { studentAction } from "@/lib/actions/define";
import { done } from "@/lib/actions/result";
import { enrollStudent, findBatchByCode } from "@/lib/db/queries/batches";
import { AppError } from "@/lib/errors";
import { assignmentStartSchema, topicStartSchema } from "@/lib/interview/input";
import { startInterview } from "@/lib/interview/service";
import { JOIN_PER_IP, JOIN_PER_STUDENT, takeAttempt } from "@/lib/rate-limits";

const enterCode = "Enter the class code your instructor gave you.";
const joinSchema = z.object({
  code: z.string(enterCode).trim().min(1, enterCode).max(32, "That code is too long — check it with your instructor."),
});

export const joinBatchAction = studentAction(
  joinSchema,
  async ({ input, user, ip, audit }) => {
    // Counted before the code is looked up, so guessing codes runs into the limit (successes are refunded).
    const refund = await takeAttempt([JOIN_PER_STUDENT, user.id], [JOIN_PER_IP, await ip()]);
    const batch = await findBatchByCode(input.code);
    if (!batch) throw new AppError("not_found:batch", "No class has that code. Check it with your instructor — codes look like K7PQM-3XW9D.");
    await enrollStudent(batch.id, user.id);
    await refund();
    await audit({ action: "enrollment.join", targetType: "batch", targetId: batch.id, batchId: batch.id });
    return done(`You joined ${batch.name}.`);
  },
  { surface: "enrollment", echo: ["code"], revalidate: ["/student"] },
);

export const startInterviewAction = studentAction(
  topicStartSchema,
  async ({ input, user }) => {
    const { view } = await startInterview(user, { source: "CLASS_TOPIC", topicId: input.topicId });
    redirect(`/interview/${view.sessionId}`);
  },
  { surface: "interview" },
);

// An attempt at an assignment (or the open one, resumed); the checks live in lib/interview/sources/assignment.ts.
export const startAssignmentAction = studentAction(
  assignmentStartSchema,
  async ({ input, user }) => {
    const { view } = await startInterview(user, { source: "ASSIGNMENT", assignmentId: input.assignmentId });
    redirect(`/interview/${view.sessionId}`);
  },
  { surface: "assignment" },
);
