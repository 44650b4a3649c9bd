import type { Metadata } from "next";
import { PracticeHome } from "@/components/practice/practice-home";
import { requireStudent } from "@/lib/auth/guards";
import { jobPracticeHome } from "@/lib/db/queries/job-practice";
import { engineModel } from "@/lib/interview/engine";
import { loopSummaries } from "@/lib/interview/loops";
import { startJobPracticeAction } from "./actions";

export const metadata: Metadata = { title: "Job practice" };

export default async function JobPracticePage() {
  // Layouts do not guard pages on their own (they can render in parallel), so the page checks too.
  const user = await requireStudent("redirect");
  const [data, loops] = await Promise.all([jobPracticeHome(user.id), loopSummaries(user.id)]);
  // Without a model the built-in grader runs, and it understands English only.
  return <PracticeHome data={data} loops={loops} start={startJobPracticeAction} modelConfigured={engineModel() !== null} />;
}
