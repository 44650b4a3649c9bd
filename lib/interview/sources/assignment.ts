import "server-only";
// Starting an attempt at an assignment. Not a source of its own: the session it creates is a class
// topic interview or a job-practice interview (that source plans, labels and guards it), carrying
// the assignment's id and whether it started late. Checked here, in one place: the student is in
// the assignment's class, it is not withdrawn, it is open, and attempts are left. An assigned
// topic may be started even while locked (the instructor assigned it, so it is meant to be done).
import { assignmentForStart } from "@/lib/db/queries/assignments";
import { AppError } from "@/lib/errors";
import { isLate, startRefusal } from "@/lib/assignments/validation";
import { classTopicSource } from "./class-topic";
import { jobPracticeSource } from "./job-practice";
import type { SessionStarter } from "./source";

export type AssignmentRequest = { assignmentId: string };

export const assignmentStarter: SessionStarter<AssignmentRequest> = {
  // One open attempt per assignment, kept apart from free practice on the same topic or role.
  openKey: (student, { assignmentId }) => `${student.id}:assignment:${assignmentId}`,
  openConflict: () => null, // the open attempt is resumed

  async prepare(student, request, options) {
    const assignment = await assignmentForStart(student.id, request.assignmentId);
    const now = new Date();
    const refusal = startRefusal(assignment, assignment.attemptsUsed, now);
    if (refusal) throw new AppError("conflict:assignment", refusal);
    const base = assignment.topicId
      ? await classTopicSource.prepare(student, { topicId: assignment.topicId, assigned: true }, options)
      : await jobPracticeSource.prepare(student, setupOf(assignment.setup), options);
    return { ...base, openKey: assignmentStarter.openKey(student, request), assignmentId: assignment.id, late: isLate(assignment.dueAt, now) };
  },
};

function setupOf<T>(setup: T | null): T {
  if (!setup) throw new AppError("internal:assignment", "This assignment's setup could not be read. Ask your instructor to set it again.");
  return setup;
}
