import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { InterviewRoom } from "@/components/interview/interview-room";
import { QueryProvider } from "@/components/providers/query-provider";
import { requireStudent } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { getInterviewView } from "@/lib/interview/service";

export const metadata: Metadata = { title: "Interview" };

export default async function InterviewPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const student = await requireStudent("redirect");
  const { sessionId } = await params;
  const view = await getInterviewView(student, sessionId).catch((error) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  if (view.status !== "IN_PROGRESS") redirect(`/report/${sessionId}`);
  return (
    <QueryProvider>
      <InterviewRoom initial={view} />
    </QueryProvider>
  );
}
