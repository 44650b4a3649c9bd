import type { Metadata } from "next";
import { InstructorHome } from "@/components/instructor/instructor-home";
import { requireInstructor } from "@/lib/auth/guards";
import { listInstructorBatches } from "@/lib/db/queries/batches";
import { createBatchAction } from "./actions";

export const metadata: Metadata = { title: "Your classes" };

export default async function InstructorHomePage() {
  const user = await requireInstructor("redirect");
  const batches = await listInstructorBatches(user.id);
  return (
    <InstructorHome
      name={user.name}
      createBatch={createBatchAction}
      batches={batches.map((b) => ({
        id: b.id,
        name: b.name,
        classCode: b.classCode,
        students: b._count.enrollments,
        topics: b._count.topics,
        sessions: b._count.sessions,
        ...(b.role === "ASSISTANT" ? { ownerName: b.instructor.name } : {}),
      }))}
    />
  );
}
