"use server";
// Job practice: start an interview for a job title (any student, no class needed). Also the
// target of the report's "Practise again" form, whose hidden inputs carry the same fields.
import { redirect } from "next/navigation";
import { studentAction } from "@/lib/actions/define";
import { startInterview } from "@/lib/interview/service";
import { jobSetupSchema } from "@/lib/job-practice/setup";

export const startJobPracticeAction = studentAction(
  jobSetupSchema,
  async ({ input, user }) => {
    // An open job-practice interview is not replaced: the service refuses with a message naming it.
    const { view } = await startInterview(user, { source: "JOB_PRACTICE", setup: input });
    redirect(`/interview/${view.sessionId}`);
  },
  { surface: "interview", echo: ["role", "seniority", "focus", "questionCount", "language"] },
);
