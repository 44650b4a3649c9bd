"use server";
// Class and topic actions, each written with instructorAction (lib/actions/define): zod →
// requireInstructor() → ownership (the data layer checks it, or `owns`) → change → audit → revalidate.
import { redirect } from "next/navigation";
import { z } from "zod";
import { instructorAction } from "@/lib/actions/define";
import { batchPath, bool, description, id, name } from "@/lib/actions/fields";
import { done } from "@/lib/actions/result";
import { createBatch, regenerateClassCode } from "@/lib/db/queries/batches";
import { classAccess } from "@/lib/db/queries/class-access";
import { moveTopic, removeStudent, renameBatch, setBatchArchived, setBatchFeedback, topicQuestionCount, updateTopic } from "@/lib/db/queries/instructor";
import { createTopic } from "@/lib/db/queries/topics";
import { AppError } from "@/lib/errors";

const batchOptions = { surface: "batch" } as const;
/** Changing a class is the owner's: an assistant is told so (403), anyone else finds nothing (404). */
const ownBatch = ({ batchId }: { batchId: string }, user: { id: string }) => classAccess(batchId, user.id, "manage");

export const createBatchAction = instructorAction(
  z.object({ name }),
  async ({ input, user, audit }) => {
    const batch = await createBatch(user.id, input.name);
    await audit({ action: "batch.create", targetType: "batch", targetId: batch.id, batchId: batch.id });
    redirect(batchPath(batch.id));
  },
  batchOptions,
);

export const renameBatchAction = instructorAction(
  z.object({ batchId: id, name }),
  async ({ input, user, audit }) => {
    const batch = await renameBatch(input.batchId, user.id, input.name);
    await audit({ action: "batch.rename", targetType: "batch", targetId: batch.id, batchId: batch.id, metadata: { from: batch.previousName, to: batch.name } });
    return done("Renamed.");
  },
  { ...batchOptions, revalidate: ({ batchId }) => [[batchPath(batchId), "layout"]] },
);

export const regenerateCodeAction = instructorAction(
  z.object({ batchId: id }),
  async ({ input, audit }) => {
    const batch = await regenerateClassCode(input.batchId);
    await audit({ action: "batch.code.regenerate", targetType: "batch", targetId: input.batchId, batchId: input.batchId, metadata: { newCode: batch.classCode } });
  },
  { ...batchOptions, owns: ownBatch, revalidate: ({ batchId }) => [[batchPath(batchId), "layout"]] },
);

export const archiveBatchAction = instructorAction(
  z.object({ batchId: id, archived: bool }),
  async ({ input, user, audit }) => {
    await setBatchArchived(input.batchId, user.id, input.archived);
    await audit({ action: input.archived ? "batch.archive" : "batch.unarchive", targetType: "batch", targetId: input.batchId, batchId: input.batchId });
  },
  { ...batchOptions, revalidate: ({ batchId }) => ["/instructor", [batchPath(batchId), "layout"]] },
);

export const batchFeedbackAction = instructorAction(
  z.object({ batchId: id, showFeedback: bool }),
  async ({ input, user, audit }) => {
    await setBatchFeedback(input.batchId, user.id, input.showFeedback);
    await audit({ action: "batch.feedback", targetType: "batch", targetId: input.batchId, batchId: input.batchId, metadata: { showFeedback: input.showFeedback } });
  },
  { ...batchOptions, revalidate: ({ batchId }) => [[batchPath(batchId), "layout"]] },
);

export const removeStudentAction = instructorAction(
  z.object({ batchId: id, studentId: id }),
  async ({ input, user, audit }) => {
    await removeStudent(input.batchId, user.id, input.studentId);
    await audit({ action: "enrollment.remove", targetType: "user", targetId: input.studentId, batchId: input.batchId });
  },
  { ...batchOptions, revalidate: ({ batchId }) => [`${batchPath(batchId)}/students`] },
);

export const createTopicAction = instructorAction(
  z.object({ batchId: id, name, description }),
  async ({ input, audit }) => {
    const topic = await createTopic(input.batchId, { name: input.name, description: input.description });
    await audit({ action: "topic.create", targetType: "topic", targetId: topic.id, batchId: input.batchId });
    return done(`Added “${topic.name}”. It stays locked until you unlock it.`);
  },
  { ...batchOptions, owns: ownBatch, revalidate: ({ batchId }) => [[batchPath(batchId), "layout"]] },
);

export const editTopicAction = instructorAction(
  z.object({ topicId: id, name, description }),
  async ({ input, user, audit, revalidate }) => {
    const topic = await updateTopic(input.topicId, user.id, { name: input.name, description: input.description });
    await audit({ action: "topic.edit", targetType: "topic", targetId: topic.id, batchId: topic.batchId, metadata: { name: topic.name } });
    revalidate(batchPath(topic.batchId), "layout");
    return done("Saved.");
  },
  batchOptions,
);

const topicSettingSchema = z.object({
  topicId: id,
  unlocked: bool.optional(),
  confirmEmpty: bool.optional(),
  showFeedback: z.enum(["true", "false", "inherit"]).optional(),
  move: z.enum(["up", "down"]).optional(),
});

export const topicSettingAction = instructorAction(
  topicSettingSchema,
  async ({ input, user, audit, revalidate }) => {
    // Students would see a topic they cannot practise: the form asks first and says so in confirmEmpty.
    if (input.unlocked && !input.confirmEmpty && (await topicQuestionCount(input.topicId, user.id)) === 0)
      throw new AppError("conflict:topic", "This topic has no questions yet; confirm that you want to unlock it anyway.");
    if (input.move) await moveTopic(input.topicId, user.id, input.move);
    const data: { unlocked?: boolean; showFeedback?: boolean | null } = {};
    if (input.unlocked !== undefined) data.unlocked = input.unlocked;
    if (input.showFeedback !== undefined) data.showFeedback = input.showFeedback === "inherit" ? null : input.showFeedback === "true";
    const topic = await updateTopic(input.topicId, user.id, data);
    const target = { targetType: "topic", targetId: topic.id, batchId: topic.batchId };
    if (input.unlocked !== undefined) await audit({ action: input.unlocked ? "topic.unlock" : "topic.lock", ...target });
    if (input.move) await audit({ action: "topic.move", ...target, metadata: { direction: input.move } });
    if (input.showFeedback !== undefined) await audit({ action: "topic.feedback", ...target, metadata: { showFeedback: input.showFeedback } });
    revalidate(batchPath(topic.batchId), "layout");
  },
  { surface: "topic" },
);

// Off by default, so the instructor's easy → hard order stays; on, the verdicts pick the next main question's level.
export const topicAdaptiveAction = instructorAction(
  z.object({ topicId: id, adaptive: bool }),
  async ({ input, user, audit, revalidate }) => {
    const topic = await updateTopic(input.topicId, user.id, { adaptive: input.adaptive });
    await audit({ action: "topic.adaptive", targetType: "topic", targetId: topic.id, batchId: topic.batchId, metadata: { adaptive: input.adaptive } });
    revalidate(`${batchPath(topic.batchId)}/topics`);
    revalidate(`${batchPath(topic.batchId)}/topics/${topic.id}`);
  },
  { surface: "topic" },
);
