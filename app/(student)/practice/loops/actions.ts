"use server";
// Loop actions, each a studentAction (lib/actions/define): zod → requireStudent() → service → audit.
import { redirect } from "next/navigation";
import { studentAction } from "@/lib/actions/define";
import { loopRoundStartSchema } from "@/lib/interview/input";
import { startInterview } from "@/lib/interview/service";
import { loopPath } from "@/lib/job-practice/paths";
import { startLoop } from "@/lib/interview/loops";
import { loopSetupSchema, readLoopForm } from "@/lib/job-practice/loop-setup";

export const startLoopAction = studentAction(
  loopSetupSchema,
  async ({ input, user, audit }) => {
    const loopId = await startLoop(user.id, input);
    // What was chosen, never what the documents say.
    await audit({
      action: "loop.create",
      targetType: "loop",
      targetId: loopId,
      metadata: { rounds: input.rounds.map((r) => r.kind.toLowerCase()), usedResume: input.useResume, usedJobDescription: input.useJobDescription },
    });
    redirect(loopPath(loopId));
  },
  { surface: "loop", read: readLoopForm },
);

/** Starts round `roundIndex` of the loop, or resumes it when it is in progress. */
export const startRoundAction = studentAction(
  loopRoundStartSchema,
  async ({ input, user }) => {
    const { view } = await startInterview(user, { source: "JOB_LOOP_ROUND", loopId: input.loopId, roundIndex: input.roundIndex });
    redirect(`/interview/${view.sessionId}`);
  },
  { surface: "loop" },
);
