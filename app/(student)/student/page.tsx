import type { Metadata } from "next";
import { StudentHome } from "@/components/student/student-home";
import { requireStudent } from "@/lib/auth/guards";
import { listStudentBatches } from "@/lib/db/queries/batches";

export const metadata: Metadata = { title: "Your practice" };

export default async function StudentHomePage() {
  // Layouts do not guard pages on their own (they can render in parallel), so the page checks too.
  const user = await requireStudent("redirect");
  const batches = await listStudentBatches(user.id);
  return (
    <StudentHome
      name={user.name}
      batches={batches.map((b) => ({
        id: b.id,
        name: b.name,
        instructorName: b.instructor.name,
        topics: b.topics.map((t) => ({ id: t.id, name: t.name, description: t.description, unlocked: t.unlocked, questionCount: t._count.questions })),
      }))}
    />
  );
}
