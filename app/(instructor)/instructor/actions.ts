"use server";
// Class and topic actions. Each: zod → requireInstructor() → data layer (which checks
// ownership) → audit log for sensitive changes → revalidate. Forms get { ok, message } back.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireInstructor } from "@/lib/auth/guards";
import { createBatch, regenerateClassCode } from "@/lib/db/queries/batches";
import { moveTopic, ownedBatch, removeStudent, renameBatch, setBatchArchived, setBatchFeedback, topicQuestionCount, updateTopic } from "@/lib/db/queries/instructor";
import { createTopic } from "@/lib/db/queries/topics";
import { AppError } from "@/lib/errors";
import { audit, batchPath, bool, fail, type FormState, id, name } from "./action-support";

export type { FormState } from "./action-support";

export async function createBatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ name }).safeParse({ name: formData.get("name") ?? "" });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  let batchId: string;
  try {
    const instructor = await requireInstructor();
    const batch = await createBatch(instructor.id, parsed.data.name);
    await audit(instructor.id, "batch.create", "batch", batch.id, batch.id);
    batchId = batch.id;
  } catch (error) {
    return fail(error);
  }
  redirect(batchPath(batchId));
}

export async function renameBatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ batchId: id, name }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  try {
    const instructor = await requireInstructor();
    const batch = await renameBatch(parsed.data.batchId, instructor.id, parsed.data.name);
    await audit(instructor.id, "batch.rename", "batch", batch.id, batch.id, { from: batch.previousName, to: batch.name });
    revalidatePath(batchPath(parsed.data.batchId), "layout");
    return { ok: true, message: "Renamed." };
  } catch (error) {
    return fail(error);
  }
}

export async function regenerateCodeAction(formData: FormData): Promise<void> {
  const { batchId } = z.object({ batchId: id }).parse(Object.fromEntries(formData));
  const instructor = await requireInstructor();
  await ownedBatch(batchId, instructor.id);
  const batch = await regenerateClassCode(batchId);
  await audit(instructor.id, "batch.code.regenerate", "batch", batchId, batchId, { newCode: batch.classCode });
  revalidatePath(batchPath(batchId), "layout");
}

export async function archiveBatchAction(formData: FormData): Promise<void> {
  const { batchId, archived } = z.object({ batchId: id, archived: bool }).parse(Object.fromEntries(formData));
  const instructor = await requireInstructor();
  await setBatchArchived(batchId, instructor.id, archived);
  await audit(instructor.id, archived ? "batch.archive" : "batch.unarchive", "batch", batchId, batchId);
  revalidatePath("/instructor");
  revalidatePath(batchPath(batchId), "layout");
}

export async function batchFeedbackAction(formData: FormData): Promise<void> {
  const { batchId, showFeedback } = z.object({ batchId: id, showFeedback: bool }).parse(Object.fromEntries(formData));
  const instructor = await requireInstructor();
  await setBatchFeedback(batchId, instructor.id, showFeedback);
  await audit(instructor.id, "batch.feedback", "batch", batchId, batchId, { showFeedback });
  revalidatePath(batchPath(batchId), "layout");
}

export async function removeStudentAction(formData: FormData): Promise<void> {
  const { batchId, studentId } = z.object({ batchId: id, studentId: id }).parse(Object.fromEntries(formData));
  const instructor = await requireInstructor();
  await removeStudent(batchId, instructor.id, studentId);
  await audit(instructor.id, "enrollment.remove", "user", studentId, batchId);
  revalidatePath(`${batchPath(batchId)}/students`);
}

export async function createTopicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ batchId: id, name, description: z.string().trim().max(500).default("") }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  try {
    const instructor = await requireInstructor();
    await ownedBatch(parsed.data.batchId, instructor.id);
    const topic = await createTopic(parsed.data.batchId, { name: parsed.data.name, description: parsed.data.description });
    await audit(instructor.id, "topic.create", "topic", topic.id, parsed.data.batchId);
    revalidatePath(batchPath(parsed.data.batchId), "layout");
    return { ok: true, message: `Added “${topic.name}”. It stays locked until you unlock it.` };
  } catch (error) {
    return fail(error);
  }
}

export async function editTopicAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ topicId: id, name, description: z.string().trim().max(500).default("") }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  try {
    const instructor = await requireInstructor();
    const topic = await updateTopic(parsed.data.topicId, instructor.id, { name: parsed.data.name, description: parsed.data.description });
    await audit(instructor.id, "topic.edit", "topic", topic.id, topic.batchId, { name: topic.name });
    revalidatePath(batchPath(topic.batchId), "layout");
    return { ok: true, message: "Saved." };
  } catch (error) {
    return fail(error);
  }
}

export async function topicSettingAction(formData: FormData): Promise<void> {
  const parsed = z
    .object({
      topicId: id,
      unlocked: bool.optional(),
      confirmEmpty: bool.optional(),
      showFeedback: z.enum(["true", "false", "inherit"]).optional(),
      move: z.enum(["up", "down"]).optional(),
    })
    .parse(Object.fromEntries(formData));
  const instructor = await requireInstructor();
  // Students would see a topic they cannot practise: the form asks first and says so in confirmEmpty.
  if (parsed.unlocked && !parsed.confirmEmpty && (await topicQuestionCount(parsed.topicId, instructor.id)) === 0)
    throw new AppError("conflict:topic", "This topic has no questions yet; confirm that you want to unlock it anyway.");
  if (parsed.move) await moveTopic(parsed.topicId, instructor.id, parsed.move);
  const data: { unlocked?: boolean; showFeedback?: boolean | null } = {};
  if (parsed.unlocked !== undefined) data.unlocked = parsed.unlocked;
  if (parsed.showFeedback !== undefined) data.showFeedback = parsed.showFeedback === "inherit" ? null : parsed.showFeedback === "true";
  const topic = await updateTopic(parsed.topicId, instructor.id, data);
  if (parsed.unlocked !== undefined) await audit(instructor.id, parsed.unlocked ? "topic.unlock" : "topic.lock", "topic", topic.id, topic.batchId);
  if (parsed.move) await audit(instructor.id, "topic.move", "topic", topic.id, topic.batchId, { direction: parsed.move });
  if (parsed.showFeedback !== undefined) await audit(instructor.id, "topic.feedback", "topic", topic.id, topic.batchId, { showFeedback: parsed.showFeedback });
  revalidatePath(batchPath(topic.batchId), "layout");
}
