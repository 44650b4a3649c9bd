"use server";
// Instructor actions. Each: zod → requireInstructor() → data layer (which checks ownership)
// → audit log for sensitive changes → revalidate. Forms get { ok, message } back.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { requireInstructor } from "@/lib/auth/guards";
import { MAX_CSV_BYTES, tooLargeMessage } from "@/lib/csv/limits";
import { CsvFileError, parseQuestionCsv, type CsvPreview } from "@/lib/csv/questions";
import { recordAudit } from "@/lib/db/queries/audit";
import { createBatch, regenerateClassCode } from "@/lib/db/queries/batches";
import {
  deleteQuestion,
  importContext,
  importQuestions,
  moveTopic,
  overrideGrade,
  ownedBatch,
  removeStudent,
  renameBatch,
  setBatchArchived,
  setBatchFeedback,
  updateQuestion,
  updateTopic,
} from "@/lib/db/queries/instructor";
import { createTopic } from "@/lib/db/queries/topics";
import { DIFFICULTIES, VERDICTS } from "@/lib/domain";
import { AppError, toAppError } from "@/lib/errors";

export type FormState = { ok?: boolean; message?: string };

const id = z.string().min(1).max(64);
const name = z.string().trim().min(1, "Enter a name.").max(120, "Keep it under 120 characters.");
const bool = z.enum(["true", "false"]).transform((v) => v === "true");

async function audit(actorId: string, action: string, targetType: string, targetId: string, batchId: string, metadata?: Record<string, string | number | boolean | null>) {
  await recordAudit({ actorId, action, targetType, targetId, batchId, metadata, ip: clientIp(await headers()) });
}

function fail(error: unknown): FormState {
  return { ok: false, message: toAppError(error, "batch").message };
}

const batchPath = (batchId: string) => `/instructor/batches/${batchId}`;

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
    .object({ topicId: id, unlocked: bool.optional(), showFeedback: z.enum(["true", "false", "inherit"]).optional(), move: z.enum(["up", "down"]).optional() })
    .parse(Object.fromEntries(formData));
  const instructor = await requireInstructor();
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

const questionSchema = z.object({
  questionId: id,
  text: z.string().trim().min(1, "The question cannot be empty.").max(2000),
  difficulty: z.enum(DIFFICULTIES),
  referenceAnswer: z
    .string()
    .trim()
    .max(8000)
    .transform((v) => v || null),
  keyPoints: z
    .string()
    .max(4000)
    .transform((v) =>
      v
        .split(/[;\n|]/)
        .map((p) => p.trim())
        .filter(Boolean)
        .slice(0, 12),
    ),
});

export async function editQuestionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = questionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  try {
    const instructor = await requireInstructor();
    const { questionId, ...data } = parsed.data;
    const q = await updateQuestion(questionId, instructor.id, data);
    await audit(instructor.id, "question.edit", "question", q.id, q.topic.batchId, { text: q.text.slice(0, 200) });
    revalidatePath(`/instructor/batches`, "layout");
    return { ok: true, message: "Saved. Past interviews keep the question as it was asked." };
  } catch (error) {
    return fail(error);
  }
}

export async function deleteQuestionAction(formData: FormData): Promise<void> {
  const { questionId } = z.object({ questionId: id }).parse(Object.fromEntries(formData));
  const instructor = await requireInstructor();
  const q = await deleteQuestion(questionId, instructor.id);
  await audit(instructor.id, q._count.turns > 0 ? "question.archive" : "question.delete", "question", q.id, q.topic.batchId, { text: q.text.slice(0, 200) });
  revalidatePath(`/instructor/batches`, "layout");
}

export type ImportState = { ok?: boolean; message?: string; preview?: CsvPreview; committed?: { added: number; createdTopics: string[] } };

/** Parses the uploaded file (intent=preview: nothing written); intent=commit writes the previewed rows in one transaction. */
export async function importCsvAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const parsed = z
    .object({ topicId: id, intent: z.enum(["preview", "commit"]).default("preview") })
    .safeParse({ topicId: formData.get("topicId"), intent: formData.get("intent") ?? undefined });
  const file = formData.get("file");
  if (!parsed.success) return { ok: false, message: "Choose a topic to import into." };
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a CSV file first." };
  if (file.size > MAX_CSV_BYTES) return { ok: false, message: tooLargeMessage(file.size) };
  try {
    const instructor = await requireInstructor();
    const ctx = await importContext(parsed.data.topicId, instructor.id);
    const preview = await parseQuestionCsv(new Uint8Array(await file.arrayBuffer()), { existing: ctx.existing, knownTopics: ctx.knownTopics, defaultTopic: ctx.topic.name });
    if (parsed.data.intent !== "commit") return { ok: true, preview };
    if (preview.toAdd.length === 0) throw new AppError("bad_request:csv", "There is nothing new to import in this file.");
    const result = await importQuestions(parsed.data.topicId, instructor.id, preview.toAdd);
    await audit(instructor.id, "csv.import", "topic", parsed.data.topicId, result.batchId, {
      added: result.added,
      skipped: preview.duplicates.length,
      errors: preview.errors.length,
      file: file.name.slice(0, 100),
    });
    revalidatePath(batchPath(result.batchId), "layout");
    return { ok: true, committed: { added: result.added, createdTopics: result.createdTopics } };
  } catch (error) {
    if (error instanceof CsvFileError) return { ok: false, message: error.message };
    return { ok: false, message: toAppError(error, "csv").message };
  }
}

const overrideSchema = z.object({
  turnId: id,
  verdict: z.enum(VERDICTS),
  score: z.coerce.number().int("Use a whole number.").min(0, "Scores go from 0 to 100.").max(100, "Scores go from 0 to 100."),
  reason: z.string().trim().min(3, "Give a short reason; the student will see it.").max(500),
});

export async function overrideGradeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = overrideSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
  try {
    const instructor = await requireInstructor();
    const result = await overrideGrade({ ...parsed.data, instructorId: instructor.id });
    await audit(instructor.id, "grade.override", "turn", parsed.data.turnId, result.batchId, { verdict: parsed.data.verdict, score: parsed.data.score });
    revalidatePath(`${batchPath(result.batchId)}`, "layout");
    revalidatePath(`/report/${result.sessionId}`);
    return { ok: true, message: `Grade changed. The session score is now ${result.overall ?? "—"}.` };
  } catch (error) {
    return fail(error);
  }
}
