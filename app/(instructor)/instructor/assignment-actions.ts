"use server";
// Assignment actions (lib/actions/define): zod (lib/assignments/validation) → requireInstructor() →
// the class is the caller's to manage (owner only) → data layer → audit → revalidate.
import { z } from "zod";
import { instructorAction } from "@/lib/actions/define";
import { batchPath, bool, id } from "@/lib/actions/fields";
import { done } from "@/lib/actions/result";
import { createAssignmentSchema, updateAssignmentSchema } from "@/lib/assignments/validation";
import { createAssignment, setAssignmentArchived, updateAssignment } from "@/lib/db/queries/assignments";
import { classAccess } from "@/lib/db/queries/class-access";

const manage = ({ batchId }: { batchId: string }, user: { id: string }) => classAccess(batchId, user.id, "manage");
const refresh = ({ batchId }: { batchId: string }) => [`${batchPath(batchId)}/assignments`, batchPath(batchId), "/student"];
const options = { surface: "assignment", owns: manage, revalidate: refresh } as const;
// A refused form comes back with what was typed.
const echo = ["kind", "topicId", "title", "instructions", "opensAt", "dueAt", "maxAttempts", "role", "seniority", "focus", "questionCount", "language"];

export const createAssignmentAction = instructorAction(
  createAssignmentSchema(),
  async ({ input, user, audit }) => {
    const assignment = await createAssignment(user.id, input);
    await audit({
      action: "assignment.create",
      targetType: "assignment",
      targetId: assignment.id,
      batchId: input.batchId,
      metadata: { title: assignment.title, kind: input.kind, dueAt: assignment.dueAt.toISOString(), maxAttempts: assignment.maxAttempts },
    });
    return done(`Assigned “${assignment.title}”.`);
  },
  { ...options, echo },
);

export const updateAssignmentAction = instructorAction(
  updateAssignmentSchema(),
  async ({ input, audit }) => {
    const assignment = await updateAssignment(input.batchId, input.assignmentId, input);
    await audit({
      action: "assignment.update",
      targetType: "assignment",
      targetId: assignment.id,
      batchId: input.batchId,
      metadata: { title: assignment.title, opensAt: assignment.opensAt.toISOString(), dueAt: assignment.dueAt.toISOString(), maxAttempts: assignment.maxAttempts },
    });
    return done("Saved.");
  },
  options,
);

export const archiveAssignmentAction = instructorAction(
  z.object({ batchId: id, assignmentId: id, archived: bool }),
  async ({ input, audit }) => {
    const assignment = await setAssignmentArchived(input.batchId, input.assignmentId, input.archived);
    await audit({
      action: input.archived ? "assignment.archive" : "assignment.unarchive",
      targetType: "assignment",
      targetId: assignment.id,
      batchId: input.batchId,
      metadata: { title: assignment.title },
    });
  },
  options,
);
